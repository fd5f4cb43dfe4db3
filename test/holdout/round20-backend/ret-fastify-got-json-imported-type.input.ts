// Face-login status route of the EU app (Fastify 4, TypeScript, got). The details type is the shared one of
// identity-types.ts.
import Fastify from 'fastify';
import got from 'got';
import type { AuthenticationDetails } from './identity-types.js';
import { markUserVerified, saveResult } from './store.js';

const RETRIEVAL_BASE = 'https://lon.netverify.com/api/netverify/v2/authentications';

export const app = Fastify({ logger: true });

app.get('/face-login/:reference/status', async (request, reply) => {
  const { reference } = request.params as { reference: string };
  const details = await got(`${RETRIEVAL_BASE}/${reference}`, {
    username: process.env.JUMIO_API_TOKEN,
    password: process.env.JUMIO_API_SECRET,
    headers: { Accept: 'application/json', 'User-Agent': 'Acme App EU/4.1' },
  }).json<AuthenticationDetails>();
  const passed = details.transactionResult === 'PASSED';
  await saveResult(details.transactionReference, { passed, user: details.userReference });
  if (passed && details.userReference) await markUserVerified(details.userReference, true);
  return reply.send({ reference: details.transactionReference, passed });
});
