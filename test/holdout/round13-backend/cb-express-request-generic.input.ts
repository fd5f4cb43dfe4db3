// Express router with the callback typed through Request's body generic (an interface of the file).
import { Router, urlencoded, type Request, type Response } from 'express';
import { saveResult } from './store.js';

interface AuthCallbackForm {
  callBackType: 'NETVERIFY_AUTHENTICATION';
  transactionReference: string;
  transactionResult: string;
  idScanImageFace?: string;
  callbackDate: string;
}

export const kycRoutes = Router();

kycRoutes.post('/kyc/face/callback', urlencoded({ extended: true }), async (req: Request<{}, {}, AuthCallbackForm>, res: Response) => {
  const { transactionReference, transactionResult, idScanImageFace } = req.body;
  await saveResult(transactionReference, { result: transactionResult, face: idScanImageFace ?? null });
  res.status(200).end();
});
