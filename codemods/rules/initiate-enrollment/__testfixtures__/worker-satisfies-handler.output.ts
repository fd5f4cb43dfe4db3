import { kyxAccessToken } from './kyx-auth';

export interface Env {
  JUMIO_API_TOKEN: string;
  JUMIO_API_SECRET: string;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const { userId } = (await request.json()) as { userId: string };
    // TODO(netverify-migrate): initiate-enrollment: this runs on Cloudflare Workers: kyx-auth.ts reads KYX_CLIENT_ID / KYX_CLIENT_SECRET from process.env and uses Buffer — enable the nodejs_compat compatibility flag (process.env holds the vars and secrets from compatibility date 2025-04-01) and set both as secrets, or pass them from env by hand
    // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.ts); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const jumio = await fetch('https://account.emea-1.jumio.ai/api/v1/accounts', {
      method: 'POST',
      headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ customerInternalReference: userId, workflowDefinition: { key: 3 } }),
    });
    const { web: { href: redirectUrl } } = (await jumio.json()) as { web: { href: string } };
    return Response.redirect(redirectUrl, 302);
  },
} satisfies ExportedHandler<Env>;
