// Only generic field names are read, but the route (and, in the Lambda, an identifier) names the provider, and one field only the
// authentication callback has (transactionResult) is among them.
import Fastify from 'fastify';
import { save } from './store.js';

const app = Fastify();

app.post('/callbacks/netverify', async (request, reply) => {
  const cb = request.body;
  if (cb.transactionResult === 'PASSED') await save(cb.transactionReference, true);
  return reply.code(200).send();
});

export async function handler(event) {
  const params = new URLSearchParams(event.body);
  await save({ jumioRef: params.get('transactionReference'), result: params.get('transactionResult') });
  return { statusCode: 200 };
}
