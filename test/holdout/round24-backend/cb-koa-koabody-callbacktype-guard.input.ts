// Result hook of the step-up login (Koa 2 + @koa/router + koa-body, TypeScript). The identity provider posts a form;
// other result types posted to the same hook are acknowledged and ignored.
import Koa from 'koa';
import Router from '@koa/router';
import { koaBody } from 'koa-body';
import { markUserVerified, saveResult } from './store.js';

const router = new Router();

router.post('/hooks/step-up-result', koaBody({ urlencoded: true, json: false }), async (ctx) => {
  if (ctx.request.body.callBackType !== 'NETVERIFY_AUTHENTICATION') {
    ctx.status = 204;
    return;
  }
  const { transactionReference, transactionResult, userReference } = ctx.request.body;
  await saveResult(transactionReference, { result: transactionResult });
  await markUserVerified(userReference, transactionResult === 'PASSED');
  ctx.status = 200;
});

export const app = new Koa();
app.use(router.routes());
