// Elysia: the route's body schema pins the callback type with t.Literal; the handler itself reads only the reference
// and the result.
import { Elysia, t } from 'elysia';
import { saveResult } from './store.js';

export const hooks = new Elysia().post(
  '/webhooks/face-login',
  async ({ body }) => {
    await saveResult(body.transactionReference, { passed: body.transactionResult === 'PASSED' });
    return 'OK';
  },
  {
    type: 'urlencoded',
    body: t.Object({
      callBackType: t.Literal('NETVERIFY_AUTHENTICATION'),
      transactionReference: t.String(),
      transactionResult: t.Union([t.Literal('PASSED'), t.Literal('FAILED'), t.Literal('INVALID'), t.Literal('EXPIRED')]),
    }),
  },
);
