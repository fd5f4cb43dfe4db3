// A card acquirer's form-encoded payment notification on Fastify, behind an onRequest IP allowlist hook.
import Fastify from 'fastify';
import formbody from '@fastify/formbody';
import { saveResult } from './store.js';

const app = Fastify({ trustProxy: true });
await app.register(formbody);

const ACQUIRER_IPS = new Set(['185.60.20.10', '185.60.20.11']);

app.addHook('onRequest', async (request, reply) => {
  if (request.url.startsWith('/payments/notify') && !ACQUIRER_IPS.has(request.ip)) return reply.code(403).send();
});

app.post<{ Body: Record<string, string> }>('/payments/notify', async (request, reply) => {
  const { transactionReference, transactionResult, transactionDate, merchantReference } = request.body;
  await saveResult(transactionReference, { result: transactionResult, at: transactionDate, order: merchantReference });
  return reply.send('[accepted]');
});

await app.listen({ port: 8083 });
