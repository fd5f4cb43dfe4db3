// Instant bank payment of the travel shop (Koa 2 + @koa/router, TypeScript, axios): the payment provider's hosted
// page is started with its v4 initiate call, then the shopper is sent to it.
import Router from '@koa/router';
import axios from 'axios';
import { saveResult } from './store.js';

interface PaylinqInitiated {
  redirectUrl: string;
  transactionReference: string;
  expiresAt: string;
}

type PaymentContext = { request: { body: unknown }; body: unknown };

export const paymentsRouter = new Router({ prefix: '/payments' });

paymentsRouter.post('/bank', async (ctx: PaymentContext) => {
  const { orderId, amount, customerId } = ctx.request.body as { orderId: string; amount: number; customerId: string };
  const { data } = await axios.post<PaylinqInitiated>(
    'https://api.paylinq.io/api/v4/initiate',
    {
      merchantReference: orderId,
      amount: { value: amount, currency: 'EUR' },
      userReference: customerId,
      successUrl: `https://shop.acme-travel.eu/orders/${orderId}/paid`,
      errorUrl: `https://shop.acme-travel.eu/orders/${orderId}/failed`,
      callbackUrl: 'https://api.acme-travel.eu/hooks/paylinq',
      locale: 'de',
      tokenLifetimeInMinutes: 30,
    },
    {
      auth: { username: process.env.PAYLINQ_API_KEY ?? '', password: process.env.PAYLINQ_API_SECRET ?? '' },
      headers: { 'User-Agent': 'Acme Travel/5.0' },
    },
  );
  await saveResult(data.transactionReference, { order: orderId, status: 'PENDING' });
  ctx.body = { redirectTo: data.redirectUrl };
});
