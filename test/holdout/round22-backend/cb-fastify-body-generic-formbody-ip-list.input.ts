// Face authentication result receiver of the SG API (Fastify 4 with @fastify/formbody and a typed Body generic). Only
// the data centre's callback addresses are let through.
import Fastify from 'fastify';
import formbody from '@fastify/formbody';
import { saveResult } from './store.js';

const SGP_CALLBACK_IPS = ['3.0.109.121', '52.76.184.73', '52.77.102.92'];

interface FaceAuthForm {
  callBackType: string;
  callbackDate: string;
  transactionReference: string;
  enrollmentTransactionReference: string;
  transactionResult: 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

export const server = Fastify({ trustProxy: true });
server.register(formbody);

server.post<{ Body: FaceAuthForm }>('/identity/face-auth/callback', async (request, reply) => {
  if (!SGP_CALLBACK_IPS.includes(request.ip)) return reply.code(403).send();
  if (request.body.callBackType !== 'NETVERIFY_AUTHENTICATION') return reply.code(204).send();
  await saveResult(request.body.transactionReference, {
    enrollment: request.body.enrollmentTransactionReference,
    result: request.body.transactionResult,
    at: request.body.transactionDate,
    user: request.body.userReference,
  });
  return reply.code(200).send('OK');
});
