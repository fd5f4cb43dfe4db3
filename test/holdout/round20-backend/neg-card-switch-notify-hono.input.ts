// Card switch notifications (Hono 4 on Node, TypeScript): the switch posts a form with the authorisation result of
// each card transaction.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { saveResult } from './store.js';

const app = new Hono();

app.post('/webhooks/card-switch/notify', async (c) => {
  const form = await c.req.parseBody();
  const transactionReference = String(form['transactionReference'] ?? '');
  await saveResult(transactionReference, {
    approved: form['transactionResult'] === 'APPROVED',
    transactionDate: form['transactionDate'],
    notifiedAt: form['callbackDate'],
    customer: form['userReference'],
    amount: Number(form['amount']),
    authCode: form['authCode'],
  });
  return c.text('OK');
});

serve({ fetch: app.fetch, port: 8081 });
