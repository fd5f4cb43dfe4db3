// Face login start for every tenant of the white-label banking platform. The tenant is resolved from the Host header
// (`acme.bankly.app` → tenant row), its Jumio data centre is a column of that row, and its API user is kept in AWS
// Secrets Manager under `jumio/<tenantId>` (cached per tenant for ten minutes).
import express from 'express';
import { PrismaClient } from '@prisma/client';
import { SecretsManagerClient, GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import { saveFaceLogin } from './store.js';

const prisma = new PrismaClient();
const secrets = new SecretsManagerClient({ region: process.env.AWS_REGION ?? 'eu-west-1' });

// One API per data centre; the tenant row says which one its API user lives in.
const JUMIO_API = {
  US: 'https://netverify.com',
  EU: 'https://lon.netverify.com',
  SG: 'https://core-sgp.jumio.com',
} as const;

type DataCentre = keyof typeof JUMIO_API;

interface TenantRow {
  id: string;
  slug: string;
  dataCentre: DataCentre;
  publicOrigin: string;
  sessionMinutes: number;
}

interface TenantInitiateResponse {
  timestamp: string;
  transactionReference: string;
  redirectUrl: string;
}

const secretCache = new Map<string, { value: Promise<{ apiToken: string; apiSecret: string }>; expires: number }>();

async function tenantJumioSecret(tenantId: string): Promise<{ apiToken: string; apiSecret: string }> {
  const hit = secretCache.get(tenantId);
  if (hit && hit.expires > Date.now()) return hit.value;
  const value = secrets
    .send(new GetSecretValueCommand({ SecretId: `jumio/${tenantId}` }))
    .then((out: { SecretString?: string }) => JSON.parse(out.SecretString ?? '{}') as { apiToken: string; apiSecret: string });
  secretCache.set(tenantId, { value, expires: Date.now() + 10 * 60_000 });
  return value;
}

async function tenantFromHost(host: string | undefined): Promise<TenantRow | null> {
  const slug = (host ?? '').split('.')[0];
  return (await prisma.tenant.findUnique({ where: { slug } })) as TenantRow | null;
}

export const faceLoginRouter = express.Router();

faceLoginRouter.post('/face-login/start', async (req, res, next) => {
  try {
    const tenant = await tenantFromHost(req.headers.host);
    if (!tenant) return res.status(404).json({ error: 'unknown tenant' });
    const member = req.body as { memberId: string; enrolmentReference: string; locale?: string };

    const { apiToken, apiSecret } = await tenantJumioSecret(tenant.id);
    const response = await fetch(`${JUMIO_API[tenant.dataCentre]}/api/authentication/v1/web/initiate`, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        Authorization: 'Basic ' + Buffer.from(`${apiToken}:${apiSecret}`).toString('base64'),
        'User-Agent': `Bankly Platform/3.2 (${tenant.slug})`,
      },
      body: JSON.stringify({
        enrollmentTransactionReference: member.enrolmentReference,
        userReference: member.memberId,
        successUrl: `${tenant.publicOrigin}/face-login/done`,
        errorUrl: `${tenant.publicOrigin}/face-login/failed`,
        callbackUrl: `${tenant.publicOrigin}/hooks/jumio`,
        locale: member.locale ?? 'en',
        tokenLifetimeInMinutes: tenant.sessionMinutes,
      }),
    });
    if (!response.ok) return res.status(502).json({ error: `identity provider answered ${response.status}` });

    const session = (await response.json()) as TenantInitiateResponse;
    await saveFaceLogin(member.memberId, session.transactionReference);
    return res.json({ redirectTo: session.redirectUrl, tenant: tenant.slug });
  } catch (err) {
    return next(err);
  }
});
