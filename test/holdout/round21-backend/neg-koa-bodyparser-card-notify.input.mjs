// Card acquirer's payment notification (Koa 2, @koa/router, koa-bodyparser with form parsing on). The acquirer
// posts transactionReference, transactionResult, transactionDate, callbackDate and the shop's userReference.
import Koa from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import { saveResult } from './store.js';

const app = new Koa();
const router = new Router();

router.post('/hooks/card-payment', async (ctx) => {
  const form = ctx.request.body;
  if (!form.transactionReference) {
    ctx.status = 400;
    return;
  }
  await saveResult(form.transactionReference, {
    approved: form.transactionResult === 'APPROVED',
    at: form.transactionDate,
    notifiedAt: form.callbackDate,
    customer: form.userReference,
  });
  ctx.body = 'OK';
});

app.use(bodyParser({ enableTypes: ['form'] }));
app.use(router.routes());

export default app;
