// The callback form is validated before it is stored; the schema pins the callback type.
import Fastify from 'fastify';
import { z } from 'zod';
import { db } from './db';

const AuthCallback = z.object({
  callBackType: z.literal('NETVERIFY_AUTHENTICATION'),
  transactionReference: z.string(),
  transactionResult: z.enum(['PASSED', 'FAILED', 'INVALID', 'EXPIRED']),
});

const app = Fastify();

app.post('/hooks/face-auth', async (request, reply) => {
  const cb = AuthCallback.parse(request.body);
  await db.authentication.update({ where: cb.transactionReference, passed: cb.transactionResult === 'PASSED' });
  return reply.send('OK');
});

export default app;
