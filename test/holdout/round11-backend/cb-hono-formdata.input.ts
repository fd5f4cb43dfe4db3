// Hono: the legacy authentication callback read with c.req.formData().
import { Hono } from 'hono';
import { saveResult } from './store';

export const callbacks = new Hono();

callbacks.post('/hooks/face-login', async (c) => {
  const form = await c.req.formData();
  if (form.get('callBackType') !== 'NETVERIFY_AUTHENTICATION') return c.text('ignored', 202);
  await saveResult(String(form.get('transactionReference')), {
    result: form.get('transactionResult'),
    enrollment: form.get('enrollmentTransactionReference'),
    at: form.get('transactionDate'),
  });
  return c.text('OK');
});
