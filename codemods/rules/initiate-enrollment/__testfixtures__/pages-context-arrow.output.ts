// The same Pages Function written as an exported arrow that takes the context and destructures env from it in its
// body: it runs on Cloudflare Workers as well, so the migrated call gets the runtime item.
import { kyxAccessToken } from './kyx-auth';

interface Env { NV_KEY: string; NV_SECRET: string }

export const onRequestPost = async (ctx: { request: Request; env: Env }) => {
  const { request } = ctx;
  const input = (await request.json()) as { user: string };
  // TODO(netverify-migrate): initiate-enrollment: this runs on Cloudflare Workers: kyx-auth.ts reads KYX_CLIENT_ID / KYX_CLIENT_SECRET from process.env and uses Buffer — enable the nodejs_compat compatibility flag (process.env holds the vars and secrets from compatibility date 2025-04-01) and set both as secrets, or pass them from env by hand
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.ts); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const res = await fetch('https://account.emea-1.jumio.ai/api/v1/accounts', {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${await kyxAccessToken('emea-1')}`,
      'Content-Type': 'application/json',
      'User-Agent': 'Pages Demo/1.0',
    },
    body: JSON.stringify({ customerInternalReference: crypto.randomUUID(), userReference: input.user, workflowDefinition: { key: 3 } }),
  });
  const started = (await res.json()) as { web: { href: string } };
  return Response.json({ url: started.web.href });
};
