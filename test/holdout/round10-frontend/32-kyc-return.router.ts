// Express router: the identity check's return URL, its query validated with zod.
import { Router } from 'express';
import { z } from 'zod';
import { markKycPending } from '../services/kyc.js';

const KycReturnQuery = z.object({
  transactionStatus: z.enum(['SUCCESS', 'ERROR']),
  transactionReference: z.string().uuid(),
  errorCode: z.coerce.number().optional(),
});

export const kycReturnRouter = Router();

kycReturnRouter.get('/kyc/return', async (req, res) => {
  const parsed = KycReturnQuery.safeParse(req.query);
  if (!parsed.success) return res.status(400).render('kyc/invalid-return');
  const { transactionStatus, transactionReference, errorCode } = parsed.data;
  if (transactionStatus === 'ERROR') return res.render('kyc/failed', { errorCode });
  await markKycPending(req.user!.id, transactionReference);
  return res.redirect('/onboarding/pending');
});
