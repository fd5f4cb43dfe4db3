// Fresh (Deno) route routes/api/face-login.ts: starts a Jumio authentication for the session user (EU).
import { Handlers } from '$fresh/server.ts';
import { getCookies } from 'jsr:@std/http/cookie';

const NETVERIFY_EU = 'https://lon.netverify.com';
const kv = await Deno.openKv();

export const handler: Handlers = {
  async POST(req, _ctx) {
    const sessionId = getCookies(req.headers).sid;
    const user = (await kv.get<{ id: string; enrollment: string }>(['session', sessionId])).value;
    if (!user) return new Response('unauthorised', { status: 401 });
    const auth = btoa(`${Deno.env.get('JUMIO_TOKEN')}:${Deno.env.get('JUMIO_SECRET')}`);
    const res = await fetch(`${NETVERIFY_EU}/api/authentication/v1/web/initiate`, {
      method: 'POST',
      headers: { Authorization: `Basic ${auth}`, 'Content-Type': 'application/json', 'User-Agent': 'Fjord Bank/3.0' },
      body: JSON.stringify({ enrollmentTransactionReference: user.enrollment, userReference: user.id, locale: 'nb' }),
    });
    const { redirectUrl, transactionReference } = await res.json();
    await kv.set(['face-login', user.id], transactionReference);
    return Response.redirect(redirectUrl, 303);
  },
};
