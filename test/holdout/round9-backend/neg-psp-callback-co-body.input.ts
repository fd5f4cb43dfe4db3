// Koa: the card acquirer's payment notification (form-encoded), parsed with co-body.
import Router from '@koa/router';
import parse from 'co-body';
import { saveResult } from './store';

export const payments = new Router({ prefix: '/payments' });

payments.post('/notify', async (ctx) => {
  const form = await parse.form(ctx);
  if (form.callbackType !== 'PAYMENT') return (ctx.status = 204);
  await saveResult(form.transactionReference, {
    result: form.transactionResult,
    at: form.transactionDate,
    notifiedAt: form.callbackDate,
    method: form.paymentMethod,
  });
  ctx.body = 'OK';
});
