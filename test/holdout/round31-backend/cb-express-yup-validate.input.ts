// Face-login result callback of the members app: an Express router, the form checked with yup before anything is stored.
import express, { type Request, type Response } from 'express';
import * as yup from 'yup';
import { markUserVerified, saveResult } from './store.js';

const faceLoginCallbackSchema = yup.object({
  callBackType: yup.string().oneOf(['NETVERIFY_AUTHENTICATION']).required(),
  transactionReference: yup.string().required(),
  enrollmentTransactionReference: yup.string().required(),
  transactionResult: yup.string().oneOf(['PASSED', 'FAILED', 'INVALID', 'EXPIRED']).required(),
  userReference: yup.string().optional(),
});

export const faceLoginCallbacks = express.Router();

faceLoginCallbacks.post('/members/face-login/result', express.urlencoded({ extended: false }), async (req: Request, res: Response) => {
  try {
    await faceLoginCallbackSchema.validate(req.body, { abortEarly: false });
  } catch (err) {
    console.warn('rejected face-login callback', err);
    res.status(400).json({ error: 'invalid callback' });
    return;
  }
  const passed = req.body.transactionResult === 'PASSED';
  await saveResult(req.body.transactionReference, {
    enrollment: req.body.enrollmentTransactionReference,
    passed,
  });
  if (req.body.userReference) await markUserVerified(req.body.userReference, passed);
  res.status(200).json({ ok: true });
});
