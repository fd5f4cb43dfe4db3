// A payment gateway's notification with a TypeBox route schema on the same words (transactionReference,
// transactionResult, transactionDate): no Jumio-only field, no Jumio callback type — not the legacy callback.
import Fastify from 'fastify';
import { Type } from '@sinclair/typebox';
import { settle } from './orders';

const app = Fastify();

const Notification = Type.Object({
  transactionReference: Type.String(),
  transactionResult: Type.Union([Type.Literal('APPROVED'), Type.Literal('DECLINED')]),
  transactionDate: Type.String(),
});

app.post('/payments/notify', { schema: { body: Notification } }, async (req, reply) => {
  const body = req.body as { transactionReference: string; transactionResult: string };
  if (body.transactionResult === 'APPROVED') await settle(body.transactionReference);
  return reply.send('[accepted]');
});

export default app;
