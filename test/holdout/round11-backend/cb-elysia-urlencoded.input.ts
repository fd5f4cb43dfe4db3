// Elysia: the authentication callback parsed as a urlencoded body and typed with t.Object.
import { Elysia, t } from 'elysia';
import { saveResult } from './store';

export const jumioCallbacks = new Elysia({ prefix: '/jumio' }).post(
  '/authentication',
  async ({ body, set }) => {
    await saveResult(body.transactionReference, { result: body.transactionResult, source: body.scanSource, face: body.idScanImageFace });
    set.status = 200;
    return 'OK';
  },
  {
    parse: 'urlencoded',
    body: t.Object({
      transactionReference: t.String(),
      enrollmentTransactionReference: t.String(),
      transactionResult: t.String(),
      callBackType: t.Literal('NETVERIFY_AUTHENTICATION'),
      scanSource: t.String(),
      idScanImageFace: t.Optional(t.String()),
    }),
  },
);
