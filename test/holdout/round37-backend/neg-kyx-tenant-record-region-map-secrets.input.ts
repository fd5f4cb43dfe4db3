// Face login start for every tenant of the white-label banking platform, on Jumio's KYX platform. The tenant is
// resolved from the Host header, its region is a column of the tenant row, and its OAuth2 client sits in AWS Secrets
// Manager under `kyx/<tenantId>` (the access token cached per tenant until a minute before it expires).
import express from 'express';
import { PrismaClient } from '@prisma/client';
import { SecretsManagerClient, GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import { saveFaceLogin } from './store.js';

const prisma = new PrismaClient();
const secrets = new SecretsManagerClient({ region: process.env.AWS_REGION ?? 'eu-west-1' });

const KYX_REGION = { US: 'amer-1', EU: 'emea-1', SG: 'apac-1' } as const;

interface TenantRow {
  id: string;
  slug: string;
  dataCentre: keyof typeof KYX_REGION;
  publicOrigin: string;
}

interface KyxAccountUpdate {
  timestamp: string;
  account: { id: string };
  web: { href: string };
  workflowExecution: { id: string };
}

const tokens = new Map<string, { token: string; expires: number }>();

async function tenantToken(tenant: TenantRow): Promise<string> {
  const hit = tokens.get(tenant.id);
  if (hit && hit.expires - 60_000 > Date.now()) return hit.token;
  const out = await secrets.send(new GetSecretValueCommand({ SecretId: `kyx/${tenant.id}` }));
  const { clientId, clientSecret } = JSON.parse(out.SecretString ?? '{}') as { clientId: string; clientSecret: string };
  const res = await fetch(`https://auth.${KYX_REGION[tenant.dataCentre]}.jumio.ai/oauth2/token`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Authorization: 'Basic ' + Buffer.from(`${clientId}:${clientSecret}`).toString('base64'),
    },
    body: 'grant_type=client_credentials',
  });
  const { access_token, expires_in } = (await res.json()) as { access_token: string; expires_in: number };
  tokens.set(tenant.id, { token: access_token, expires: Date.now() + expires_in * 1000 });
  return access_token;
}

export const faceLoginRouter = express.Router();

faceLoginRouter.post('/face-login/start', async (req, res, next) => {
  try {
    const slug = String(req.headers.host ?? '').split('.')[0];
    const tenant = (await prisma.tenant.findUnique({ where: { slug } })) as TenantRow | null;
    if (!tenant) return res.status(404).json({ error: 'unknown tenant' });
    const member = req.body as { memberId: string; accountId: string; credentialId: string; locale?: string };

    const response = await fetch(`https://account.${KYX_REGION[tenant.dataCentre]}.jumio.ai/api/v1/accounts/${member.accountId}`, {
      method: 'PUT',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        Authorization: `Bearer ${await tenantToken(tenant)}`,
        'User-Agent': `Bankly Platform/4.0 (${tenant.slug})`,
      },
      body: JSON.stringify({
        customerInternalReference: member.memberId,
        userReference: member.memberId,
        workflowDefinition: { key: 9, credentials: [{ id: member.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
        callbackUrl: `${tenant.publicOrigin}/hooks/kyx`,
        web: { successUrl: `${tenant.publicOrigin}/face-login/done`, errorUrl: `${tenant.publicOrigin}/face-login/failed`, locale: member.locale ?? 'en' },
      }),
    });
    if (!response.ok) return res.status(502).json({ error: `identity provider answered ${response.status}` });

    const session = (await response.json()) as KyxAccountUpdate;
    await saveFaceLogin(member.memberId, session.workflowExecution.id);
    return res.json({ redirectTo: session.web.href, tenant: tenant.slug });
  } catch (err) {
    return next(err);
  }
});
