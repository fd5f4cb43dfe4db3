import { Agent, RetryAgent } from 'undici';

// Retries on 5xx and network errors for every call made through it.
const retrying = new RetryAgent(new Agent(), { maxRetries: 3 });

export async function startAuthentication(enrollmentTransactionReference: string, basic: string): Promise<string> {
  // TODO(netverify-migrate): initiate-authentication: legacy Jumio authentication initiate not migrated automatically: an undici RetryAgent.request call the codemod cannot migrate whole: a RetryAgent resends a PUT (RetryHandler retries PUT by default; every KYX account PUT starts a new workflow execution): send it through the RetryAgent's inner dispatcher
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
