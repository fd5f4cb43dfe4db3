// Hosted checkout of the wallet's top-ups (Fastify 4, ESM, got 13) through Paylode, the payment provider: its own
// /api/v4/initiate starts a hosted payment page and answers with the page's address and the provider's reference.
import Fastify from 'fastify';
import got from 'got';
import { saveResult } from './store.js';

const username = process.env.PAYLODE_API_KEY;
const password = process.env.PAYLODE_API_SECRET;

export const app = Fastify({ logger: true });

app.post('/top-ups/:topUpId/checkout', async (request, reply) => {
  const { walletId } = request.user;
  const session = await got
    .post('https://api.paylode.io/api/v4/initiate', {
      json: {
        merchantReference: request.params.topUpId,
        userReference: walletId,
        amount: request.body.amount,
        currency: 'SGD',
        successUrl: `https://wallet.acme.sg/top-ups/${request.params.topUpId}/paid`,
        errorUrl: `https://wallet.acme.sg/top-ups/${request.params.topUpId}/failed`,
        callbackUrl: 'https://api.acme.sg/hooks/paylode',
        locale: 'en-SG',
        tokenLifetimeInMinutes: 20,
      },
      username,
      password,
      headers: { 'user-agent': 'Acme Wallet SG/7.0' },
    })
    .json();
  await saveResult(session.transactionReference, { topUp: request.params.topUpId });
  reply.code(201);
  return { checkoutUrl: session.redirectUrl, reference: session.transactionReference };
});
