// Koa 2 router: Jumio posts the authentication result here (form-encoded, parsed with co-body).
import Router from '@koa/router';
import parse from 'co-body';
import { saveResult } from './store';

export const hooks = new Router({ prefix: '/hooks' });

hooks.post('/face-auth', async (ctx) => {
  const form = await parse.form(ctx);
  if (form.callBackType !== 'NETVERIFY_AUTHENTICATION') {
    ctx.status = 204;
    return;
  }
  await saveResult(form.transactionReference, { result: form.transactionResult, enrollment: form.enrollmentTransactionReference });
  ctx.body = 'OK';
});
