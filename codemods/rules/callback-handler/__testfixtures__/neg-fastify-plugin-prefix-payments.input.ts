import Fastify from 'fastify';
import formbody from '@fastify/formbody';
import { saveAuthentication } from './store';

// The same plugin shape mounted under /payments (a PSP's notification), in a service that also talks to Jumio elsewhere:
// the plugin's own body names nothing, its prefix is not Jumio's.
const app = Fastify();
const JUMIO_PROVIDER = 'jumio';

app.register(async (scope) => {
  await scope.register(formbody);
  scope.post<{ Body: Record<string, string> }>('/notify', async (request, reply) => {
    const { transactionReference, transactionResult, transactionDate } = request.body;
    await saveAuthentication(transactionReference, { paid: transactionResult === 'APPROVED', at: transactionDate });
    return reply.code(200).send();
  });
}, { prefix: '/payments' });

export default { app, provider: JUMIO_PROVIDER };
