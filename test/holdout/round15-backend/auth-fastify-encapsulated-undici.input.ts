// Fastify 5 (EU): an encapsulated plugin registered under a prefix; undici's request; the reply redirects.
import type { FastifyInstance } from 'fastify';
import { request } from 'undici';

const JUMIO_INITIATE = 'https://lon.netverify.com/api/authentication/v1/web/initiate';

export default async function faceLoginPlugin(app: FastifyInstance) {
  await app.register(async (scope) => {
    scope.post<{ Body: { enrollment: string; userId: string } }>('/start', async (req, reply) => {
      const { statusCode, body } = await request(JUMIO_INITIATE, {
        method: 'POST',
        headers: {
          authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64'),
          'content-type': 'application/json',
        },
        body: JSON.stringify({ enrollmentTransactionReference: req.body.enrollment, userReference: req.body.userId, tokenLifetimeInMinutes: 120 }),
      });
      if (statusCode !== 200) return reply.code(502).send({ error: 'jumio' });
      const json = (await body.json()) as { redirectUrl: string; transactionReference: string };
      req.log.info({ reference: json.transactionReference }, 'face login started');
      return reply.redirect(json.redirectUrl, 303);
    });
  }, { prefix: '/face-login' });
}
