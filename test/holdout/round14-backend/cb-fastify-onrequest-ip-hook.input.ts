// Fastify with @fastify/formbody; an onRequest hook turns away any sender outside Jumio's EU callback IPs.
import Fastify from 'fastify';
import formbody from '@fastify/formbody';
import { saveResult } from './store.js';

const app = Fastify({ trustProxy: true });
await app.register(formbody);

const JUMIO_EU_CALLBACK_IPS = new Set(['34.253.41.236', '35.157.27.193', '52.48.0.25', '52.57.194.92', '52.58.113.86', '52.209.180.134']);

app.addHook('onRequest', async (request, reply) => {
  if (request.url.startsWith('/webhooks/face-login') && !JUMIO_EU_CALLBACK_IPS.has(request.ip)) {
    return reply.code(403).send();
  }
});

app.post<{ Body: Record<string, string> }>('/webhooks/face-login', async (request, reply) => {
  const { transactionReference, transactionResult, enrollmentTransactionReference, callBackType } = request.body;
  await saveResult(transactionReference, { result: transactionResult, enrollment: enrollmentTransactionReference, type: callBackType });
  return reply.code(200).send();
});

await app.listen({ port: 8080, host: '0.0.0.0' });
