import Fastify from 'fastify';
import formbody from '@fastify/formbody';
import type { FastifyInstance } from 'fastify';
import { saveAuthentication } from './store';

// A plugin mounted under the /jumio prefix: its route serves /jumio/face-login, and the handler reads only fields a
// payment notification could also have.
async function callbackRoutes(scope: FastifyInstance) {
  await scope.register(formbody);
  scope.post<{ Body: Record<string, string> }>('/face-login', async (request, reply) => {
    const { transactionReference, transactionResult, transactionDate } = request.body;
    await saveAuthentication(transactionReference, { passed: transactionResult === 'PASSED', at: transactionDate });
    return reply.code(200).send();
  });
}

const app = Fastify();
app.register(callbackRoutes, { prefix: '/jumio' });
export default app;
