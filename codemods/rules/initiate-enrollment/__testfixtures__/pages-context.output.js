// A Cloudflare Pages Function in the form of Cloudflare's own examples: onRequest takes the whole context and reads
// its secrets from context.env. The migrated call needs the helper's process.env, which a Worker lacks by default.
import { kyxAccessToken } from './kyx-auth.mjs';

export async function onRequest(context) {
  if (context.request.method !== 'POST') return new Response('only POST', { status: 405 });
  const input = await context.request.json();
  // TODO(netverify-migrate): initiate-enrollment: this runs on Cloudflare Workers: kyx-auth.mjs reads KYX_CLIENT_ID / KYX_CLIENT_SECRET from process.env and uses Buffer — enable the nodejs_compat compatibility flag (process.env holds the vars and secrets from compatibility date 2025-04-01) and set both as secrets, or pass them from env by hand
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.mjs); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const res = await fetch('https://account.amer-1.jumio.ai/api/v1/accounts', {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${await kyxAccessToken('amer-1')}`,
      'Content-Type': 'application/json',
      'User-Agent': 'Pages Demo/1.0',
    },
    body: JSON.stringify({ customerInternalReference: crypto.randomUUID(), userReference: input.user, workflowDefinition: { key: 3 } }),
  });
  const started = await res.json();
  return Response.json({ url: started.web.href });
}
