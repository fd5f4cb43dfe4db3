// Fastify autoload route file (routes/kyc/index.js): POST /kyc starts an ID verification (EU).
import { request } from 'undici';

const V4_INITIATE = 'https://lon.netverify.com/api/v4/initiate';

export default async function kycRoutes(fastify, opts) {
  fastify.post('/', { onRequest: [fastify.authenticate] }, async (req, reply) => {
    const { statusCode, body } = await request(V4_INITIATE, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        authorization: `Basic ${fastify.config.JUMIO_BASIC}`,
        'user-agent': 'Proseware KYC/2.2',
      },
      body: JSON.stringify({
        customerInternalReference: req.user.id,
        workflowId: 201,
        locale: req.headers['accept-language']?.slice(0, 5) ?? 'en',
        callbackUrl: `${opts.publicUrl}/kyc/callback`,
      }),
    });
    if (statusCode >= 300) return reply.code(502).send({ error: 'verification unavailable' });
    const data = await body.json();
    await fastify.pg.query('update users set jumio_ref = $1 where id = $2', [data.transactionReference, req.user.id]);
    return { url: data.redirectUrl };
  });
}
