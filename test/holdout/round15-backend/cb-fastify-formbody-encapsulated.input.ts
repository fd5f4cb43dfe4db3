// Fastify: @fastify/formbody registered inside an encapsulated plugin under /jumio; the callback route beside it.
import Fastify from 'fastify';
import formbody from '@fastify/formbody';
import { markUserVerified } from './store.js';

const app = Fastify({ logger: true });

app.register(async (scope) => {
  await scope.register(formbody);
  scope.post<{ Body: Record<string, string> }>('/authentication-callback', async (request, reply) => {
    const { userReference, transactionResult, transactionDate } = request.body;
    request.log.info({ transactionDate }, 'face login callback');
    await markUserVerified(userReference, transactionResult === 'PASSED');
    return reply.code(200).send();
  });
}, { prefix: '/jumio' });

await app.listen({ port: 3000 });
