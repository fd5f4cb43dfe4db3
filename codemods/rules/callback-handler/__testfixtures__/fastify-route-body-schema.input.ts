// Fastify routes whose body schema is applied by the route itself (TypeBox's Type.Object in the route options): its keys
// count like a DTO's, and the callback type pinned in it proves the legacy callback; the handler reads only two fields.
import Fastify from 'fastify';
import formbody from '@fastify/formbody';
import { Type } from '@sinclair/typebox';
import { saveFaceLogin } from './store';

const app = Fastify();
app.register(formbody);

const AuthCallback = Type.Object({
  callBackType: Type.Literal('NETVERIFY_AUTHENTICATION'),
  transactionReference: Type.String(),
  transactionResult: Type.String(),
});

app.post('/hooks/auth', { schema: { body: AuthCallback } }, async (req, reply) => {
  const body = req.body as { transactionReference: string; transactionResult: string };
  await saveFaceLogin(body.transactionReference, body.transactionResult);
  return reply.code(200).send('OK');
});

app.route({
  method: 'POST',
  url: '/hooks/auth-v2',
  schema: { body: Type.Object({ transactionReference: Type.String(), transactionResult: Type.String(), idScanImageFace: Type.Optional(Type.String()) }) },
  handler: async (req, reply) => {
    const body = req.body as { transactionReference: string; transactionResult: string };
    await saveFaceLogin(body.transactionReference, body.transactionResult);
    return reply.send('OK');
  },
});

export default app;
