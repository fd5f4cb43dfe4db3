import querystring from 'node:querystring';
import type { FastifyInstance } from 'fastify';

export async function routes(fastify: FastifyInstance) {
  fastify.post('/hooks/jumio', async (request, reply) => {
    const { callBackType, transactionResult } = request.body as { callBackType: string; transactionResult: string };
    if (callBackType === 'NETVERIFY_AUTHENTICATION') await reply.send({ ok: transactionResult === 'PASSED' });
  });
}

export const handler = async (event: { body: string }) => {
  const cb = querystring.parse(event.body);
  return { statusCode: 200, body: String(cb.enrollmentTransactionReference ?? '') + String(cb.transactionResult ?? '') };
};
