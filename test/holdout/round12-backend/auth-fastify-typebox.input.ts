// Fastify 5 with the TypeBox type provider: the route schema types the body; undici's fetch (US); a conditional lifetime.
import Fastify from 'fastify';
import { Type, type TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { fetch } from 'undici';

const app = Fastify().withTypeProvider<TypeBoxTypeProvider>();
const JUMIO_AUTH = 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

app.post('/face-login', {
  schema: { body: Type.Object({ enrollment: Type.String(), userId: Type.String(), remember: Type.Boolean() }) },
}, async (req, reply) => {
  const { enrollment, userId, remember } = req.body;
  const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', authorization: JUMIO_AUTH, 'user-agent': 'Acme Games/3.3' },
    body: JSON.stringify({ enrollmentTransactionReference: enrollment, userReference: userId, tokenLifetimeInMinutes: remember ? 60 * 24 : 15 }),
  });
  const started = (await res.json()) as { redirectUrl: string; transactionReference: string };
  return reply.send({ url: started.redirectUrl, reference: started.transactionReference });
});

export default app;
