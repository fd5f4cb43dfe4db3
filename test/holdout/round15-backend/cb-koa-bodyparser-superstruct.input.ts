// Koa with @koa/bodyparser (form only) and a superstruct schema of the face-login callback.
import Koa from 'koa';
import Router from '@koa/router';
import { bodyParser } from '@koa/bodyparser';
import { create, object, string, literal, optional, enums } from 'superstruct';
import { saveResult } from './store.js';

const FaceLoginCallback = object({
  callBackType: literal('NETVERIFY_AUTHENTICATION'),
  transactionReference: string(),
  enrollmentTransactionReference: string(),
  transactionResult: enums(['PASSED', 'FAILED', 'INVALID', 'EXPIRED']),
  callbackDate: optional(string()),
});

const router = new Router();
router.post('/hooks/face-login', async (ctx) => {
  const cb = create(ctx.request.body, FaceLoginCallback);
  await saveResult(cb.transactionReference, { passed: cb.transactionResult === 'PASSED', at: cb.callbackDate });
  ctx.status = 200;
});

export const app = new Koa().use(bodyParser({ enableTypes: ['form'] })).use(router.routes());
