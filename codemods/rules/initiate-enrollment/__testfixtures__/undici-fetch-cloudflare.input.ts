import { fetch } from 'undici';

// Cloudflare-Pages-style: a data-centre constant that already holds '/api/v4', undici's fetch, a typed result.
const DATACENTER = 'https://netverify.com/api/v4';

interface NetverifyInitResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export async function onRequestPost(userId: string, env: { JUMIO_TOKEN: string; JUMIO_SECRET: string }) {
  const auth = btoa(`${env.JUMIO_TOKEN}:${env.JUMIO_SECRET}`);
  const res = await fetch(`${DATACENTER}/initiate`, {
    method: 'POST',
    headers: { Authorization: `Basic ${auth}`, 'Content-Type': 'application/json', 'User-Agent': 'Pages/1.0' },
    body: JSON.stringify({ customerInternalReference: userId, userReference: userId, tokenLifetimeInMinutes: 90 }),
  });
  const json: NetverifyInitResponse = (await res.json()) as NetverifyInitResponse;
  return Response.redirect(json.redirectUrl, 302);
}
