// Hono: the card acquirer's return URL.
import { Hono } from 'hono';

export const checkout = new Hono();

checkout.get('/checkout/return', (c) => {
  const { transactionStatus, transactionReference } = c.req.query();
  if (transactionStatus === 'APPROVED') return c.redirect(`/orders/paid/${transactionReference}`);
  return c.redirect('/orders/declined');
});
