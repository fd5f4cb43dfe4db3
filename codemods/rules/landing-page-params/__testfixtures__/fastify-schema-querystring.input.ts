import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';

const kycReturnQuery = {
  type: 'object',
  required: ['transactionStatus', 'transactionReference'],
  properties: {
    transactionStatus: { type: 'string', enum: ['SUCCESS', 'ERROR'] },
    'transactionReference': { type: 'string', format: 'uuid' },
    errorCode: { type: 'string' },
  },
} as const;

// Identity check return URLs (Jumio success/error URL): a JSON schema through a const, and TypeBox in route().
export default async function kycReturnRoutes(app: FastifyInstance) {
  app.get('/kyc/return', { schema: { querystring: kycReturnQuery } }, async (request, reply) => {
    const { transactionStatus, transactionReference } = request.query as Record<string, string>;
    if (transactionStatus === 'SUCCESS') await app.kyc.confirm(request.user.id, transactionReference);
    return reply.redirect(transactionStatus === 'SUCCESS' ? '/home' : '/kyc/retry');
  });

  app.route({
    method: 'GET',
    url: '/kyc/error',
    schema: { querystring: Type.Object({ transactionStatus: Type.String(), transactionReference: Type.String(), errorCode: Type.Optional(Type.String()) }) },
    handler: async (request, reply) => {
      const query = request.query as { transactionStatus: string; transactionReference: string; errorCode?: string };
      app.log.warn({ status: query.transactionStatus, ref: query.transactionReference, code: query.errorCode }, 'identity check failed');
      return reply.redirect('/kyc/retry');
    },
  });
}
