// Fastify 5 with @fastify/formbody and a TypeBox body schema pinning the legacy callback type.
import Fastify from 'fastify';
import formbody from '@fastify/formbody';
import { Type, type TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { saveFaceLogin } from './store';

const app = Fastify().withTypeProvider<TypeBoxTypeProvider>();
app.register(formbody);

const AuthCallback = Type.Object({
  callBackType: Type.Literal('NETVERIFY_AUTHENTICATION'),
  transactionReference: Type.String(),
  enrollmentTransactionReference: Type.String(),
  transactionResult: Type.Union([Type.Literal('PASSED'), Type.Literal('FAILED'), Type.Literal('INVALID'), Type.Literal('EXPIRED')]),
  userReference: Type.Optional(Type.String()),
});

app.post('/hooks/auth', { schema: { body: AuthCallback } }, async (req, reply) => {
  await saveFaceLogin(req.body.transactionReference, req.body.transactionResult, req.body.userReference);
  return reply.code(200).send('OK');
});

export default app;
