import { Router, Request, Response } from 'express';
import { markVerified } from '../db';

export const kycReturn = Router();

kycReturn.get('/kyc/success', async (req: Request, res: Response) => {
  const { transactionStatus, transactionReference } = req.query as Record<string, string>;
  if (transactionStatus !== 'SUCCESS') {
    return res.redirect('/kyc/error?errorCode=' + req.query.errorCode);
  }
  await markVerified(req.session.userId, transactionReference);
  res.render('kyc-success', { reference: transactionReference });
});
