// Deno-style TypeScript: Deno.env credentials, the reference kept in Deno KV, an exported handler object (SGP).
const kv = await Deno.openKv();

const authorization = 'Basic ' + btoa(`${Deno.env.get('JUMIO_API_TOKEN')}:${Deno.env.get('JUMIO_API_SECRET')}`);

export default {
  async fetch(req: Request): Promise<Response> {
    const { enrollment, userId } = await req.json();
    const res = await fetch('https://core-sgp.jumio.com/api/authentication/v1/web/initiate', {
      method: 'POST',
      headers: { Authorization: authorization, 'Content-Type': 'application/json', 'User-Agent': 'Acme Remit SG/2.0' },
      body: JSON.stringify({ enrollmentTransactionReference: enrollment, userReference: userId }),
    });
    const body = await res.json();
    await kv.set(['face-login', userId], body.transactionReference);
    return Response.json({ url: body.redirectUrl });
  },
};
