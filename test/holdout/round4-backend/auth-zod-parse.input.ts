import { z } from 'zod';
import type { FastifyInstance } from 'fastify';

const InitiateResponse = z.object({
  timestamp: z.string(),
  redirectUrl: z.string().url(),
  transactionReference: z.string().uuid(),
});

const StartBody = z.object({ enrollmentReference: z.string().max(36), userId: z.string() });

const NETVERIFY_BASE = 'https://lon.netverify.com';

export default async function faceAuthRoutes(app: FastifyInstance) {
  app.post('/face-auth', async (request, reply) => {
    const input = StartBody.parse(request.body);
    const res = await fetch(`${NETVERIFY_BASE}/api/authentication/v1/web/initiate`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Basic ${Buffer.from(`${process.env.NV_TOKEN}:${process.env.NV_SECRET}`).toString('base64')}`,
        'User-Agent': 'Kestrel API/1.8',
      },
      body: JSON.stringify({
        enrollmentTransactionReference: input.enrollmentReference,
        userReference: input.userId,
      }),
    });
    if (!res.ok) return reply.code(502).send({ error: 'upstream' });
    const parsed = InitiateResponse.parse(await res.json());
    request.log.info({ ref: parsed.transactionReference }, 'face auth started');
    return { redirectUrl: parsed.redirectUrl };
  });
}
