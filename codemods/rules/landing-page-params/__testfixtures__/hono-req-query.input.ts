import { Hono } from 'hono';
import { getQuery, defineEventHandler } from 'h3';

const app = new Hono();

app.get('/kyc/return', (c) => {
  const status = c.req.query('transactionStatus');
  const reference = c.req.query('transactionReference');
  return c.text(status === 'SUCCESS' ? `Thanks (${reference})` : `Failed: ${c.req.query('errorCode')}`);
});

// Nuxt / h3 server route
export const kycDone = defineEventHandler((event) => {
  const { transactionStatus, transactionReference } = getQuery(event);
  return { ok: transactionStatus === 'SUCCESS', reference: transactionReference };
});

export default app;
