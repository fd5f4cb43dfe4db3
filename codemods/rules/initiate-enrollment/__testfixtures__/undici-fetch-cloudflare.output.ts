import { fetch } from 'undici';
import { kyxAccessToken } from './kyx-auth';

// Cloudflare-Pages-style: a data-centre constant that already holds '/api/v4', undici's fetch, a typed result.

interface NetverifyInitResponse {
  timestamp: string;
  web: { href: string };
  workflowExecution: { id: string };
}

export async function onRequestPost(userId: string, env: { JUMIO_TOKEN: string; JUMIO_SECRET: string }) {
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.ts); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const res = await fetch('https://account.amer-1.jumio.ai/api/v1/accounts', {
    method: 'POST',
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}`, 'Content-Type': 'application/json', 'User-Agent': 'Pages/1.0' },
    body: JSON.stringify({ customerInternalReference: userId, userReference: userId, tokenLifetime: '90m', workflowDefinition: { key: 3 } }),
  });
  const json: NetverifyInitResponse = (await res.json()) as NetverifyInitResponse;
  return Response.redirect(json.web.href, 302);
}
