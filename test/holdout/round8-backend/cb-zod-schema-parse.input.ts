// Fastify route: the callback form is validated with zod before it is stored.
import Fastify from 'fastify';
import formbody from '@fastify/formbody';
import { z } from 'zod';
import { saveResult } from './store';

const AuthenticationCallback = z.object({
  callBackType: z.literal('NETVERIFY_AUTHENTICATION'),
  transactionReference: z.string().uuid(),
  enrollmentTransactionReference: z.string().uuid(),
  transactionResult: z.enum(['PASSED', 'FAILED', 'INVALID', 'EXPIRED']),
  transactionDate: z.string(),
  callbackDate: z.string(),
  scanSource: z.enum(['SDK', 'WEB']),
});

const app = Fastify({ logger: true });
app.register(formbody);

app.post('/hooks/face-auth', async (request, reply) => {
  const cb = AuthenticationCallback.parse(request.body);
  await saveResult(cb.transactionReference, { result: cb.transactionResult, date: cb.transactionDate });
  return reply.code(200).send('OK');
});

export default app;
