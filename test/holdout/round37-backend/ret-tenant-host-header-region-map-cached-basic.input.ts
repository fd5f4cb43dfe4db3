// Result lookup of the multi-tenant face login. Each tenant's Jumio API user sits in AWS Secrets Manager; the Basic
// header built from it is cached per tenant (one request in flight). The tenant comes from the request's Host header
// through the tenant directory loaded at boot, and its data centre picks the API host at run time.
import { SecretsManagerClient, GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import { recordFaceLoginNotice } from './store.js';

const NETVERIFY_HOSTS: Record<'US' | 'EU' | 'SG', string> = {
  US: 'https://netverify.com',
  EU: 'https://lon.netverify.com',
  SG: 'https://core-sgp.jumio.com',
};

export interface TenantDirectoryEntry {
  tenantId: string;
  hostnames: string[];
  dataCentre: 'US' | 'EU' | 'SG';
}

interface TenantFaceLoginDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

const sm = new SecretsManagerClient({});
const basicByTenant = new Map<string, Promise<string>>();

function tenantBasic(tenantId: string): Promise<string> {
  let pending = basicByTenant.get(tenantId);
  if (!pending) {
    pending = sm
      .send(new GetSecretValueCommand({ SecretId: `prod/jumio/${tenantId}` }))
      .then((out: { SecretString?: string }) => {
        const { token, secret } = JSON.parse(out.SecretString ?? '{}') as { token: string; secret: string };
        return Buffer.from(`${token}:${secret}`).toString('base64');
      });
    pending.catch(() => basicByTenant.delete(tenantId));
    basicByTenant.set(tenantId, pending);
  }
  return pending;
}

export class TenantFaceLoginResults {
  constructor(private readonly directory: ReadonlyMap<string, TenantDirectoryEntry>) {}

  tenantFor(hostHeader: string): TenantDirectoryEntry {
    const tenant = this.directory.get(hostHeader.toLowerCase().split(':')[0]);
    if (!tenant) throw new Error(`no tenant serves ${hostHeader}`);
    return tenant;
  }

  async result(hostHeader: string, reference: string) {
    const tenant = this.tenantFor(hostHeader);
    const basic = await tenantBasic(tenant.tenantId);
    const res = await fetch(`${NETVERIFY_HOSTS[tenant.dataCentre]}/api/netverify/v2/authentications/${reference}`, {
      headers: {
        Accept: 'application/json',
        Authorization: `Basic ${basic}`,
        'User-Agent': 'Bankly Platform Results/3.2',
      },
    });
    if (res.status === 404) return null;
    if (!res.ok) throw new Error(`face login lookup failed for ${tenant.tenantId}: ${res.status}`);
    const details = (await res.json()) as TenantFaceLoginDetails;
    await recordFaceLoginNotice(reference, { tenant: tenant.tenantId, seen: new Date().toISOString() });
    return {
      tenantId: tenant.tenantId,
      reference: details.transactionReference,
      memberId: details.userReference ?? null,
      passed: details.transactionResult === 'PASSED',
      decidedAt: details.transactionDate,
    };
  }
}
