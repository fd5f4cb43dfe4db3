import type { FastifyInstance, FastifyRequest } from 'fastify';
import formbody from '@fastify/formbody';
import { saveAuthenticationResult } from './store.js';

interface NetverifyAuthCallback {
  callbackDate: string;
  transactionReference: string;
  enrollmentTransactionReference: string;
  transactionResult: 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  scanSource: 'SDK' | 'WEB';
  callBackType: string;
  idScanImageFace?: string;
  userReference?: string;
}

export default async function webhooks(fastify: FastifyInstance) {
  await fastify.register(formbody);
  fastify.post('/webhooks/identity/face', async (request: FastifyRequest<{ Body: NetverifyAuthCallback }>, reply) => {
    const { transactionReference, transactionResult, transactionDate, userReference } = request.body;
    await saveAuthenticationResult(transactionReference, { result: transactionResult, date: transactionDate, user: userReference });
    return reply.code(200).send();
  });
}
