// Already on KYX: the JSON callback on Fastify behind an onRequest hook allowing callback.emea-1.jumio.ai's IPs.
import Fastify from 'fastify';
import { saveResult } from './store.js';

const app = Fastify({ trustProxy: true });
const KYX_EMEA_CALLBACK_IPS = new Set(['34.253.41.236', '35.157.27.193', '52.48.0.25', '52.57.194.92', '52.58.113.86', '52.209.180.134']);

app.addHook('onRequest', async (request, reply) => {
  if (request.url === '/webhooks/kyx' && !KYX_EMEA_CALLBACK_IPS.has(request.ip)) return reply.code(403).send();
});

app.post<{ Body: { callbackSentAt: string; workflowExecution: { id: string; status: string; href: string }; account: { id: string } } }>(
  '/webhooks/kyx',
  async (request, reply) => {
    const { workflowExecution, account } = request.body;
    await saveResult(workflowExecution.id, { status: workflowExecution.status, account: account.id, details: workflowExecution.href });
    return reply.code(200).send();
  },
);

await app.listen({ port: 8084 });
