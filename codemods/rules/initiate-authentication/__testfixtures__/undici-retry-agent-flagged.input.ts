import { Agent, RetryAgent } from 'undici';

// Retries on 5xx and network errors for every call made through it.
const retrying = new RetryAgent(new Agent(), { maxRetries: 3 });

export async function startAuthentication(enrollmentTransactionReference: string, basic: string): Promise<string> {
  const { body } = await retrying.request({
    origin: 'https://netverify.com',
    path: '/api/authentication/v1/web/initiate',
    method: 'POST',
    headers: { authorization: `Basic ${basic}`, 'content-type': 'application/json' },
    body: JSON.stringify({ enrollmentTransactionReference, userReference: 'kiosk' }),
  });
  const data = (await body.json()) as { redirectUrl: string };
  return data.redirectUrl;
}
