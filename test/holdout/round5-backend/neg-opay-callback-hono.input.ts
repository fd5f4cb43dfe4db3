import { Hono } from 'hono';
import { markOrderPaid } from '../orders';

const app = new Hono();

// OPay / bank-transfer notification: form fields transactionReference, userReference (our customer id),
// transactionResult and transactionDate. NOT identity — payments only.
app.post('/payments/notify', async (c) => {
  const form = await c.req.parseBody();
  const ok = form['transactionResult'] === 'SUCCESS';
  await markOrderPaid(String(form['transactionReference']), { ok, customer: String(form['userReference']), at: String(form['transactionDate']) });
  return c.text('OK');
});

export default app;
