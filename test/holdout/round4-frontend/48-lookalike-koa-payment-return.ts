import Router from '@koa/router';
import { orders } from '../services/orders';

export const paymentRoutes = new Router({ prefix: '/checkout' });

// Return URL of the card acquirer's hosted payment page.
paymentRoutes.get('/return', async (ctx) => {
  const { transactionStatus, transactionReference, orderId } = ctx.request.query as Record<string, string>;
  if (transactionStatus === 'APPROVED') {
    await orders.markPaid(orderId, transactionReference);
    return ctx.redirect(`/orders/${orderId}/thanks`);
  }
  ctx.redirect(`/checkout?declined=${transactionStatus}`);
});
