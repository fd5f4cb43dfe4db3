import { Hono } from 'hono';

const app = new Hono();

// The identity check's return URL: c.req.query() without a name is the whole query.
app.get('/kyc/return', (c) => {
  const { acquisitionStatus: transactionStatus, workflowExecutionId: transactionReference, errorCode } = c.req.query();
  return c.text(transactionStatus === 'SUCCESS' ? `Thanks (${transactionReference})` : `Failed: ${errorCode}`);
});

// A card acquirer's return: another provider's values, left alone.
app.get('/checkout/return', (c) => {
  const query = c.req.query();
  return c.text(query.transactionStatus === 'APPROVED' ? `Paid (${query.transactionReference})` : 'Declined');
});

export default app;
