import { Hono } from 'hono';

const app = new Hono();

// A card payment's return route: same parameter names, payment statuses.
app.get('/checkout/return', (c) => {
  const status = c.req.query('transactionStatus');
  const reference = c.req.query('transactionReference');
  return c.text(status === 'APPROVED' ? `Paid (${reference})` : 'Payment declined');
});

// A lone reference (a transfer confirmation page).
app.get('/transfer/done', (c) => c.text(`Transfer ${c.req.query('transactionReference')}`));

export default app;
