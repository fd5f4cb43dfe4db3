import Koa from 'koa';
import Router from '@koa/router';
import { bodyParser } from '@koa/bodyparser';
import { create, object, string, literal, enums } from 'superstruct';
import { saveAuthentication } from './store';

// superstruct: create(value, Struct) returns the validated form; the callback type is pinned in the struct, the
// handler itself reads only the reference and the result.
const FaceLoginResult = object({
  callBackType: literal('NETVERIFY_AUTHENTICATION'),
  transactionReference: string(),
  enrollmentTransactionReference: string(),
  transactionResult: enums(['PASSED', 'FAILED', 'INVALID', 'EXPIRED']),
});

const router = new Router();
router.post('/hooks/face-login', async (ctx) => {
  const result = create(ctx.request.body, FaceLoginResult);
  await saveAuthentication(result.transactionReference, { passed: result.transactionResult === 'PASSED' });
  ctx.status = 200;
});

export const app = new Koa().use(bodyParser({ enableTypes: ['form'] })).use(router.routes());
