// Face-login result hook of the EU portal (Koa 2 + koa-body, TypeScript). The API gateway forwards the form posts of
// the public hooks host here.
import Router from '@koa/router';
import { koaBody } from 'koa-body';
import { saveResult } from './store.js';

export const hooks = new Router({ prefix: '/hooks' });

hooks.post('/face-login', koaBody({ urlencoded: true }), async (ctx) => {
  const {
    transactionReference: reference,
    enrollmentTransactionReference: enrollment,
    transactionResult: result = 'INVALID',
    callbackDate: receivedAt = new Date().toISOString(),
  } = ctx.request.body as Record<string, string | undefined>;
  if (!reference) {
    ctx.status = 400;
    return;
  }
  await saveResult(reference, { enrollment, passed: result === 'PASSED', receivedAt });
  ctx.status = 200;
});
