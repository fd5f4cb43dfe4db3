// Step-up approval of the wallet's Singapore API (Fastify 4, ESM, got 13). A payment above the threshold is approved
// with a face login; the integration still uses the path of the older Jumio Authentication guide.
import Fastify from 'fastify';
import got from 'got';
import { saveFaceLogin } from './store.js';

const username = process.env.JUMIO_API_TOKEN;
const password = process.env.JUMIO_API_SECRET;

export const app = Fastify({ logger: true });

app.post('/payments/:paymentId/step-up', async (request, reply) => {
  const { walletId, kycReference } = request.user;
  const started = await got
    .post('https://core-sgp.jumio.com/api/auth/v1/initiate', {
      json: {
        enrollmentTransactionReference: kycReference,
        userReference: walletId,
        successUrl: `https://wallet.acme.sg/payments/${request.params.paymentId}/approved`,
        errorUrl: `https://wallet.acme.sg/payments/${request.params.paymentId}/declined`,
        locale: 'en-SG',
        tokenLifetimeInMinutes: 120,
      },
      username,
      password,
      headers: { 'user-agent': 'Acme Wallet SG/7.0' },
      timeout: { request: 15_000 },
    })
    .json();
  await saveFaceLogin(walletId, started.transactionReference);
  reply.code(201);
  return { approvalUrl: started.redirectUrl, reference: started.transactionReference };
});
