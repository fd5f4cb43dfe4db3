import Wreck from '@hapi/wreck';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

// One Wreck client for every Jumio call of the service: base URL, Basic credentials and JSON parsing set once.
// TODO(netverify-migrate): initiate-authentication: this Wreck.defaults() instance still carries the legacy Basic credentials (migrated calls override the Authorization header); remove them once none of its calls goes to a legacy Jumio host
const jumio = Wreck.defaults({
  baseUrl: 'https://lon.netverify.com',
  headers: {
    Authorization: `Basic ${Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64')}`,
    'User-Agent': 'Northwind Identity/3.1',
  },
  json: true,
  timeout: 10_000,
});

interface InitiateResponse {
  web: { href: string };
  workflowExecution: { id: string };
}

export async function startFaceAuth(enrollmentTransactionReference: string, userId: string): Promise<{ url: string; ref: string }> {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentTransactionReference);
  const { payload } = await jumio.put<InitiateResponse>(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    payload: { customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId, callbackUrl: 'https://id.northwind.example/jumio/callback' },
    headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
  });
  return { url: payload.web.href, ref: payload.workflowExecution.id };
}

export async function jumioStatus(): Promise<number> {
  const { res } = await jumio.get('/api/netverify/v2/status');
  return res.statusCode ?? 0;
}
