import type { FastifyInstance } from 'fastify';

// Identity check return URL (Jumio success/error URL).
export default async function kycReturnRoutes(app: FastifyInstance) {
  app.get('/kyc/return', {
    schema: {
      querystring: {
        type: 'object',
        required: ['transactionStatus', 'transactionReference'],
        properties: {
          transactionStatus: { type: 'string', enum: ['SUCCESS', 'ERROR'] },
          transactionReference: { type: 'string', format: 'uuid' },
          errorCode: { type: 'string' },
        },
      },
    },
  }, async (request, reply) => {
    const { transactionStatus, transactionReference } = request.query as Record<string, string>;
    if (transactionStatus === 'SUCCESS') await app.kyc.confirm(request.user.id, transactionReference);
    return reply.redirect(transactionStatus === 'SUCCESS' ? '/home' : '/kyc/retry');
  });
}
