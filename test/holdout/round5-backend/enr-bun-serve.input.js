// bun run server.js
const JUMIO_INITIATE = 'https://netverify.com/api/v4/initiate';

Bun.serve({
  port: Number(Bun.env.PORT ?? 3000),
  async fetch(req) {
    const url = new URL(req.url);
    if (req.method === 'POST' && url.pathname === '/verifications') {
      const { customerId } = await req.json();
      const res = await fetch(JUMIO_INITIATE, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Basic ${Buffer.from(Bun.env.JUMIO_TOKEN + ':' + Bun.env.JUMIO_SECRET).toString('base64')}`,
          'User-Agent': 'Fernhill/1.0',
        },
        body: JSON.stringify({
          customerInternalReference: customerId,
          workflowId: 100,
          tokenLifetimeInMinutes: 4320,
          callbackUrl: 'https://fernhill.example/jumio/callback',
        }),
      });
      const body = await res.json();
      return Response.json({ link: body.redirectUrl, reference: body.transactionReference }, { status: 201 });
    }
    return new Response('not found', { status: 404 });
  },
});
