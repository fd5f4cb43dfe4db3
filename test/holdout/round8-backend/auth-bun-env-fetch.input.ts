// Bun HTTP server of the kiosk app: POST /face-login starts a Jumio authentication.
const NETVERIFY = 'https://lon.netverify.com';
const auth = btoa(`${Bun.env.NETVERIFY_TOKEN}:${Bun.env.NETVERIFY_SECRET}`);

Bun.serve({
  port: Number(Bun.env.PORT ?? 3000),
  async fetch(req) {
    const url = new URL(req.url);
    if (req.method !== 'POST' || url.pathname !== '/face-login') {
      return new Response('not found', { status: 404 });
    }
    const { enrollmentReference, kioskId } = (await req.json()) as { enrollmentReference: string; kioskId: string };
    const upstream = await fetch(`${NETVERIFY}/api/authentication/v1/web/initiate`, {
      method: 'POST',
      headers: {
        Authorization: `Basic ${auth}`,
        'Content-Type': 'application/json',
        'User-Agent': 'Kiosk FaceLogin/0.9',
      },
      body: JSON.stringify({
        enrollmentTransactionReference: enrollmentReference,
        userReference: kioskId,
        successUrl: 'https://kiosk.example.eu/done',
        errorUrl: 'https://kiosk.example.eu/error',
      }),
    });
    if (!upstream.ok) return new Response('upstream error', { status: 502 });
    const started = await upstream.json();
    return Response.json({ url: started.redirectUrl, id: started.transactionReference });
  },
});
