import { Hono } from 'hono';
import { saveFaceAuthResult } from '../store/face-auth';

export const hooks = new Hono();

hooks.post('/hooks/face-auth', async (c) => {
  const form = await c.req.parseBody();
  if (form['callBackType'] !== 'NETVERIFY_AUTHENTICATION') return c.text('ignored', 202);
  await saveFaceAuthResult({
    reference: String(form['transactionReference']),
    enrollment: String(form['enrollmentTransactionReference']),
    result: String(form['transactionResult']),
    at: String(form['transactionDate']),
  });
  return c.text('OK');
});
