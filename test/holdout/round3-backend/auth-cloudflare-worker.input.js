// Cloudflare Worker: POST /reauth → Jumio face authentication (EU data centre).
export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    if (request.method !== 'POST' || url.pathname !== '/reauth') {
      return new Response('Not found', { status: 404 });
    }
    const { enrollmentReference, userReference } = await request.json();

    const jumio = await fetch('https://lon.netverify.com/api/authentication/v1/web/initiate', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        Authorization: 'Basic ' + btoa(`${env.JUMIO_TOKEN}:${env.JUMIO_SECRET}`),
      },
      body: JSON.stringify({
        enrollmentTransactionReference: enrollmentReference,
        userReference,
        locale: request.headers.get('accept-language')?.slice(0, 2) ?? 'en',
      }),
    });
    if (!jumio.ok) return new Response('upstream error', { status: 502 });
    const { redirectUrl, transactionReference } = await jumio.json();
    return Response.json({ redirectUrl, transactionReference });
  },
};
