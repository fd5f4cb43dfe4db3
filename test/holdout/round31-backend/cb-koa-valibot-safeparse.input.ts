// Koa router of the identity service: the face-login result callback, checked with valibot.
import Router from '@koa/router';
import * as v from 'valibot';
import { markUserVerified, saveResult } from './store.js';

const FaceLoginResult = v.object({
  callBackType: v.literal('NETVERIFY_AUTHENTICATION'),
  transactionReference: v.string(),
  enrollmentTransactionReference: v.string(),
  transactionResult: v.picklist(['PASSED', 'FAILED', 'INVALID', 'EXPIRED']),
  transactionDate: v.string(),
  userReference: v.optional(v.string()),
});

export const identityRouter = new Router({ prefix: '/identity' });

identityRouter.post('/face-login/result', async (ctx: { request: { body?: unknown }; status: number; body: unknown }) => {
  const parsed = v.safeParse(FaceLoginResult, ctx.request.body);
  if (!parsed.success) {
    ctx.status = 400;
    ctx.body = { errors: v.flatten(parsed.issues).nested };
    return;
  }
  const { transactionReference, transactionResult, enrollmentTransactionReference, userReference } = parsed.output;
  await saveResult(transactionReference, { result: transactionResult, enrollment: enrollmentTransactionReference });
  if (userReference) await markUserVerified(userReference, transactionResult === 'PASSED');
  ctx.status = 200;
  ctx.body = 'OK';
});
