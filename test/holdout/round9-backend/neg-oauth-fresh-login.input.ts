// Fresh route for the partner SSO: the IdP's "web initiate" step returns a redirectUrl and an authorizationToken.
import { Handlers } from '$fresh/server.ts';

const IDP = 'https://login.contoso-partners.example';

export const handler: Handlers = {
  async GET(req) {
    const res = await fetch(`${IDP}/oauth/web/initiate`, {
      method: 'POST',
      headers: { Authorization: `Basic ${btoa(`${Deno.env.get('SSO_CLIENT')}:${Deno.env.get('SSO_SECRET')}`)}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ redirectUrl: new URL('/sso/done', req.url).href, tokenLifetimeInMinutes: 10 }),
    });
    const { redirectUrl, authorizationToken } = await res.json();
    return new Response(null, { status: 302, headers: { Location: redirectUrl, 'Set-Cookie': `sso=${authorizationToken}; HttpOnly; Secure` } });
  },
};
