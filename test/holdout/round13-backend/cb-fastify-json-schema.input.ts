// Fastify with @fastify/formbody; the route's body schema is a plain JSON Schema object (no TypeBox, no zod).
import Fastify from 'fastify';
import formbody from '@fastify/formbody';
import { saveResult } from './store.js';

const app = Fastify({ logger: true });
await app.register(formbody);

const callbackSchema = {
  body: {
    type: 'object',
    required: ['transactionReference', 'transactionResult', 'callBackType'],
    properties: {
      callBackType: { const: 'NETVERIFY_AUTHENTICATION' },
      transactionReference: { type: 'string' },
      transactionResult: { enum: ['PASSED', 'FAILED', 'INVALID', 'EXPIRED'] },
      enrollmentTransactionReference: { type: 'string' },
    },
  },
} as const;

app.post('/hooks/biometrics', { schema: callbackSchema }, async (request, reply) => {
  const body = request.body as Record<string, string>;
  await saveResult(body.transactionReference, { result: body.transactionResult, enrollment: body.enrollmentTransactionReference });
  return reply.code(200).send('OK');
});

await app.listen({ port: 3000 });
