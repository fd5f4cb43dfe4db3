// A payment notification validated with zod: the same reference/result words, no Jumio callback.
import Fastify from 'fastify';
import { z } from 'zod';
import { db } from './db';

const Notification = z.object({
  transactionReference: z.string(),
  transactionResult: z.enum(['APPROVED', 'DECLINED']),
  transactionDate: z.string(),
});

const app = Fastify();

app.post('/payments/notify', async (request, reply) => {
  const n = Notification.parse(request.body);
  if (n.transactionResult === 'APPROVED') await db.authentication.update({ paid: n.transactionReference, at: n.transactionDate });
  return reply.send('OK');
});

export default app;
