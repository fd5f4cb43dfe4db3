import axios from 'axios';
import { randomUUID } from 'node:crypto';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

// Every call of this instance carries the API user's Basic credentials.
const netverify = axios.create({ baseURL: 'https://lon.netverify.com/api', timeout: 10000 });
netverify.interceptors.request.use((config) => {
  config.headers.Authorization = `Basic ${Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64')}`;
  return config;
});

// Only a request id on this one: harmless to a Bearer token.
const traced = axios.create({ timeout: 10000 });
traced.interceptors.request.use((config) => {
  config.headers['X-Request-Id'] = randomUUID();
  return config;
});

export async function startFaceLogin(enrollmentReference: string): Promise<string> {
  // TODO(netverify-migrate): initiate-authentication: legacy Jumio authentication initiate not migrated automatically: a request interceptor of this client (line 6) may set the Authorization header: it runs after the call's own config and would replace the KYX Bearer token with the legacy credentials; make it leave KYX calls alone (or send this call through a client without it), then migrate the call as in MIGRATION.md
  const { data } = await netverify.post('/authentication/v1/web/initiate', { enrollmentTransactionReference: enrollmentReference });
  return data.redirectUrl;
}

export async function startTracedFaceLogin(enrollmentReference: string): Promise<string> {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentReference);
  const { data } = await traced.put(
    `https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
    { customerInternalReference: enrollmentReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } },
    { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } },
  );
  return data.web.href;
}
