import { Pool } from 'undici';

// One keep-alive pool per Jumio data centre, shared by every Netverify call of the service.
const netverifyPool = new Pool('https://netverify.com', { connections: 8, keepAliveTimeout: 30_000 });

const basic = Buffer.from(`${process.env.NETVERIFY_TOKEN}:${process.env.NETVERIFY_SECRET}`).toString('base64');

interface InitiateResult {
  redirectUrl: string;
  transactionReference: string;
}

export async function startAuthentication(enrollmentRef: string, userId: string): Promise<InitiateResult> {
  const { statusCode, body } = await netverifyPool.request({
    path: '/api/authentication/v1/web/initiate',
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      authorization: `Basic ${basic}`,
      'user-agent': 'Fjord Bank auth/2.0',
    },
    body: JSON.stringify({ enrollmentTransactionReference: enrollmentRef, userReference: userId, tokenLifetimeInMinutes: 30 }),
  });
  if (statusCode !== 200) throw new Error(`netverify initiate: HTTP ${statusCode}`);
  const started = (await body.json()) as InitiateResult;
  return { redirectUrl: started.redirectUrl, transactionReference: started.transactionReference };
}

export async function acceptedIdTypes(): Promise<unknown> {
  const { body } = await netverifyPool.request({ path: '/api/netverify/v2/acceptedIdTypes', method: 'GET', headers: { authorization: `Basic ${basic}` } });
  return body.json();
}
