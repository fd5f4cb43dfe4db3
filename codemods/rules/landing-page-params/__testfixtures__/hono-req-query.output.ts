import { Hono } from 'hono';
import { getQuery, defineEventHandler } from 'h3';

const app = new Hono();

app.get('/kyc/return', (c) => {
  const status = c.req.query('acquisitionStatus');
  const reference = c.req.query('workflowExecutionId');
  return c.text(status === 'SUCCESS' ? `Thanks (${reference})` : `Failed: ${c.req.query('errorCode')}`);
});

// Nuxt / h3 server route
export const kycDone = defineEventHandler((event) => {
  const { acquisitionStatus: transactionStatus, workflowExecutionId: transactionReference } = getQuery(event);
  return { ok: transactionStatus === 'SUCCESS', reference: transactionReference };
});

export default app;
