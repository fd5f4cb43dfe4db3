// Pay-later checkout start (Fastify 4, undici's request): the provider's hosted page session, opened with the shop's
// API key pair. The provider answers with the page to redirect to and its own transaction reference.
import Fastify from 'fastify';
import { request } from 'undici';

const PAYLATER_SESSION_URL = 'https://api.paylater-partner.example/api/v2/sessions/web/initiate';
const apiKey = 'Basic ' + Buffer.from(`${process.env.PAYLATER_KEY_ID}:${process.env.PAYLATER_KEY_SECRET}`).toString('base64');

export const app = Fastify();

app.post('/checkout/pay-later', async (req, reply) => {
  const { orderId, amount, currency, language } = req.body;
  const { statusCode, body } = await request(PAYLATER_SESSION_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: apiKey, 'user-agent': 'Acme Shop/12.1' },
    body: JSON.stringify({
      merchantReference: orderId,
      transactionReference: `ord-${orderId}`,
      amount: { value: amount, currency },
      successUrl: `https://shop.acme.com/checkout/${orderId}/paid`,
      errorUrl: `https://shop.acme.com/checkout/${orderId}/declined`,
      callbackUrl: 'https://shop.acme.com/hooks/pay-later',
      userReference: req.session?.customerId,
      locale: language ?? 'en-GB',
      tokenLifetimeInMinutes: 30,
    }),
  });
  if (statusCode !== 200) return reply.code(502).send({ error: 'pay-later unavailable' });
  const session = await body.json();
  return reply.send({ redirectUrl: session.redirectUrl, reference: session.transactionReference });
});
