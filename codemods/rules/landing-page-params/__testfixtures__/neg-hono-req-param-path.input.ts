// Hono: c.req.param reads path parameters, not the query.
import { Hono } from 'hono';

export const app = new Hono();
app.get('/kyc/:transactionStatus/:transactionReference', (c) => {
  const status = c.req.param('transactionStatus');
  return c.text(status === 'SUCCESS' ? `ok ${c.req.param('transactionReference')}` : 'failed');
});
