// Result hook of the EU kiosk back end (Koa 2, @koa/router, koa-bodyparser with form parsing on).
import Koa from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import { saveResult } from './store.js';

const app = new Koa();
const router = new Router();

router.post('/hooks/face-auth', async (ctx) => {
  const form = ctx.request.body;
  if (form.callBackType !== 'NETVERIFY_AUTHENTICATION') {
    ctx.status = 204;
    return;
  }
  await saveResult(form.transactionReference, {
    result: form.transactionResult,
    face: form.idScanImageFace,
    sentAt: form.callbackDate,
  });
  ctx.body = 'OK';
});

app.use(bodyParser({ enableTypes: ['form', 'json'] }));
app.use(router.routes());

export default app;
