import type { FastifyInstance } from 'fastify';

// Payout provider return URL (bank transfer to the payee).
export default async function payoutReturnRoutes(app: FastifyInstance) {
  app.get('/payouts/return', {
    schema: {
      querystring: {
        type: 'object',
        required: ['transactionStatus', 'transactionReference'],
        properties: {
          transactionStatus: { type: 'string', enum: ['SUCCESS', 'ERROR'] },
          transactionReference: { type: 'string' },
        },
      },
    },
  }, async (request, reply) => {
    const { transactionStatus, transactionReference } = request.query as Record<string, string>;
    await app.payouts.settleTransfer(transactionReference, transactionStatus);
    return reply.redirect('/payouts');
  });
}
