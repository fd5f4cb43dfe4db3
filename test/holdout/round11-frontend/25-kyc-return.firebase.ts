import { onRequest } from 'firebase-functions/v2/https';
import { getFirestore } from 'firebase-admin/firestore';

// Success/error URL given to Netverify when the identity check starts.
export const kycReturn = onRequest(async (req, res) => {
  const status = req.query.transactionStatus as string | undefined;
  const reference = req.query.transactionReference as string | undefined;
  await getFirestore().collection('kycReturns').add({ status, reference, at: Date.now() });
  res.redirect(status === 'SUCCESS' ? '/app/verified' : '/app/verify-again');
});
