import { Pool, request } from 'undici';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

// One keep-alive pool per Jumio data centre, shared by every Netverify call of the service.
const netverifyPool = new Pool('https://netverify.com', { connections: 8, keepAliveTimeout: 30_000 });

const basic = Buffer.from(`${process.env.NETVERIFY_TOKEN}:${process.env.NETVERIFY_SECRET}`).toString('base64');

interface InitiateResult {
  redirectUrl: string;
  transactionReference: string;
}

export async function startAuthentication(enrollmentRef: string, userId: string): Promise<InitiateResult> {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentRef);
  const { statusCode, body } = await request(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    method: 'PUT',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      authorization: `Bearer ${await kyxAccessToken('amer-1')}`,
      'user-agent': 'Fjord Bank auth/2.0',
    },
    body: JSON.stringify({ customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId, tokenLifetime: '30m' }),
  });
  if (statusCode !== 200) throw new Error(`netverify initiate: HTTP ${statusCode}`);
  const started = (await body.json()) as { web: { href: string }; workflowExecution: { id: string } };
  return { redirectUrl: started.web.href, transactionReference: started.workflowExecution.id };
}

export async function acceptedIdTypes(): Promise<unknown> {
  const { body } = await netverifyPool.request({ path: '/api/netverify/v2/acceptedIdTypes', method: 'GET', headers: { authorization: `Basic ${basic}` } });
  return body.json();
}
