// Deno.serve (EU) with ky through an npm: specifier; credentials from Deno.env.
import ky from 'npm:ky@1.7.2';

const token = Deno.env.get('JUMIO_API_TOKEN');
const secret = Deno.env.get('JUMIO_API_SECRET');

Deno.serve({ port: 8787 }, async (req: Request) => {
  const url = new URL(req.url);
  if (req.method !== 'POST' || url.pathname !== '/face-login') return new Response('not found', { status: 404 });
  const { enrollment, userId } = await req.json();
  const session = await ky
    .post('https://lon.netverify.com/api/authentication/v1/web/initiate', {
      json: { enrollmentTransactionReference: enrollment, userReference: userId, successUrl: 'https://acme.de/face/ok' },
      headers: { Authorization: `Basic ${btoa(`${token}:${secret}`)}`, 'User-Agent': 'Acme Deno/2.1' },
      timeout: 10_000,
    })
    .json<{ redirectUrl: string; transactionReference: string }>();
  console.log('face login started', session.transactionReference);
  return Response.redirect(session.redirectUrl, 303);
});
