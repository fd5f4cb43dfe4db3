// Fastify 5 (US): the face login's result is fetched from the retrieval API and validated with valibot before it is
// used; only the verdict leaves the route.
import Fastify from 'fastify';
import * as v from 'valibot';
import { markUserVerified } from './store.js';

const AuthenticationDetails = v.object({
  transactionReference: v.string(),
  transactionResult: v.picklist(['CREATED', 'STARTED', 'PASSED', 'FAILED', 'INVALID', 'EXPIRED']),
  userReference: v.optional(v.string()),
});

const app = Fastify({ logger: true });

app.get('/face-login/:ref/result', async (request, reply) => {
  const { ref } = request.params as { ref: string };
  const res = await fetch(`https://netverify.com/api/netverify/v2/authentications/${encodeURIComponent(ref)}`, {
    headers: {
      Accept: 'application/json',
      'User-Agent': 'Acme Fastify/5.0',
      Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64'),
    },
  });
  if (!res.ok) return reply.code(502).send({ error: 'retrieval failed' });
  const details = v.parse(AuthenticationDetails, await res.json());
  request.log.info({ ref: details.transactionReference }, 'face login result');
  if (details.userReference) await markUserVerified(details.userReference, details.transactionResult === 'PASSED');
  return { passed: details.transactionResult === 'PASSED' };
});

export default app;
