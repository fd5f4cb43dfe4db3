// Eastmere Building Society (EU): the vendor posts the face-login result of a large transfer to this route (the
// callbackUrl registered for transfers). Express 4 with the urlencoded parser. The form's type is the hand-written
// declaration in netverify-legacy.d.ts; callback types and results are const enums, so no string is spelled twice.
import express from 'express';
import type { Request, Response } from 'express';
import type { AuthenticationCallbackForm } from './netverify-legacy.js';
import { settleTransferStepUp } from './store.js';

const enum CallbackType {
  Authentication = 'NETVERIFY_AUTHENTICATION',
  IdVerification = 'NETVERIFYID',
}

const enum FaceLoginResult {
  Passed = 'PASSED',
  Failed = 'FAILED',
  Invalid = 'INVALID',
  Expired = 'EXPIRED',
}

export const transferCallbacks = express.Router();

transferCallbacks.post('/hooks/transfers/face-login', express.urlencoded({ extended: false }), async (req: Request, res: Response) => {
  const form = req.body as AuthenticationCallbackForm;
  if (form.callBackType !== CallbackType.Authentication) {
    res.status(204).json({});
    return;
  }

  await settleTransferStepUp(form.transactionReference, {
    passed: form.transactionResult === FaceLoginResult.Passed,
    retry: form.transactionResult === FaceLoginResult.Expired,
    decidedAt: form.transactionDate,
  });
  res.status(200).json({ received: true });
});
