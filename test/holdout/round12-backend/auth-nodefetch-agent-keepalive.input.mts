// ESM TypeScript (.mts): node-fetch v3 with a keep-alive https.Agent and an AbortSignal.timeout; the older path (EU).
import fetch from 'node-fetch';
import { Agent } from 'node:https';

const keepAlive = new Agent({ keepAlive: true, maxSockets: 4 });
const JUMIO_EU = 'https://lon.netverify.com';

export async function startFaceLogin(enrollment: string, userId: string, locale = 'de'): Promise<string> {
  const res = await fetch(`${JUMIO_EU}/api/auth/v1/initiate`, {
    method: 'POST',
    agent: keepAlive,
    signal: AbortSignal.timeout(7000),
    headers: {
      'Content-Type': 'application/json',
      Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64'),
      'User-Agent': 'Acme Auto/2.8',
    },
    body: JSON.stringify({ enrollmentTransactionReference: enrollment, userReference: userId, locale }),
  });
  const payload = (await res.json()) as { redirectUrl: string };
  return payload.redirectUrl;
}
