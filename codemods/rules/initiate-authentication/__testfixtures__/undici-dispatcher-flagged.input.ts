import { request, Pool, RetryAgent, Agent } from 'undici';

// The URL names the legacy host, but a Pool dispatcher sends to its own origin whatever the URL says, and a
// RetryAgent resends a PUT: both stay flagged. A plain Agent is migrated.
const pool = new Pool('https://netverify.com');
const retrying = new RetryAgent(new Agent());
const keepAlive = new Agent({ keepAliveTimeout: 10_000 });

export async function viaPool(ref: string) {
  const { body } = await request('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    dispatcher: pool,
    headers: { authorization: `Basic ${process.env.JUMIO_BASIC}` },
    body: JSON.stringify({ enrollmentTransactionReference: ref }),
  });
  return ((await body.json()) as { redirectUrl: string }).redirectUrl;
}

export async function viaRetry(ref: string) {
  const { body } = await request('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    dispatcher: retrying,
    headers: { authorization: `Basic ${process.env.JUMIO_BASIC}` },
    body: JSON.stringify({ enrollmentTransactionReference: ref }),
  });
  return ((await body.json()) as { redirectUrl: string }).redirectUrl;
}

export async function viaAgent(ref: string) {
  const { body } = await request('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    dispatcher: keepAlive,
    headers: { authorization: `Basic ${process.env.JUMIO_BASIC}` },
    body: JSON.stringify({ enrollmentTransactionReference: ref }),
  });
  return ((await body.json()) as { redirectUrl: string }).redirectUrl;
}
