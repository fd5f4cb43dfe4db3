import type { VercelRequest, VercelResponse } from '@vercel/node';
import { markIdentityChecked } from '../lib/users';

// api/kyc-return: the success/error URL of the identity check (Jumio).
export default async function handler(req: VercelRequest, res: VercelResponse) {
  const { transactionStatus, transactionReference, errorCode } = req.query;
  if (transactionStatus === 'SUCCESS') {
    await markIdentityChecked(String(transactionReference));
    return res.redirect(302, '/welcome');
  }
  return res.redirect(302, `/verify?error=${errorCode ?? ''}`);
}
