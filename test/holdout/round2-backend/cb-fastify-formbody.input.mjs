import Fastify from 'fastify';
import formbody from '@fastify/formbody';
import { recordAuthentication } from './store.mjs';

const app = Fastify({ logger: true });
await app.register(formbody);

app.post('/callbacks/netverify', async (request, reply) => {
  const cb = request.body;
  request.log.info({ ref: cb.transactionReference, result: cb.transactionResult }, 'jumio authentication callback');
  if (cb.transactionResult === 'PASSED') {
    await recordAuthentication(cb.userReference, cb.transactionReference, true);
  } else if (cb.transactionResult === 'FAILED' || cb.transactionResult === 'INVALID') {
    await recordAuthentication(cb.userReference, cb.transactionReference, false);
  }
  return reply.code(200).send();
});

await app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' });
