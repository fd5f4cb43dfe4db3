// Raffles Quay Remit (SG) compliance desk: a remittance above S$20,000 to a new beneficiary is held until a
// compliance officer has reviewed the sender's face login. TypeScript, the global fetch. The review record is the
// vendor's answer with the officer and the time of the review added to it; the desk's checks all read that record.
import { recordRemittanceReview, type HeldRemittance } from './db.js';

const NV_SG_AUTHENTICATIONS = 'https://core-sgp.jumio.com/api/netverify/v2/authentications';
const NV_BASIC = 'Basic ' + Buffer.from(`${process.env.RAFFLESQUAY_NV_TOKEN}:${process.env.RAFFLESQUAY_NV_SECRET}`).toString('base64');

interface FaceLoginDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

export async function reviewRemittanceFaceLogin(
  remittance: HeldRemittance,
  officer: string,
): Promise<'pending' | 'released' | 'rejected'> {
  const res = await fetch(`${NV_SG_AUTHENTICATIONS}/${remittance.faceLoginReference}`, {
    headers: { Accept: 'application/json', Authorization: NV_BASIC, 'User-Agent': 'RafflesQuay-Compliance/2.2' },
  });
  if (!res.ok) throw new Error(`face login lookup failed: HTTP ${res.status}`);
  const details = (await res.json()) as FaceLoginDetails;

  const review = Object.assign({}, details, { officer, reviewedAt: new Date().toISOString() });
  if (review.transactionResult === 'CREATED' || review.transactionResult === 'STARTED') return 'pending';

  // MAS notice: the person who logged in must be the sender on file.
  const sameSender = review.userReference === remittance.senderId;
  const released = review.transactionResult === 'PASSED' && sameSender;
  await recordRemittanceReview(remittance.id, {
    faceLoginReference: review.transactionReference,
    decidedAt: review.transactionDate,
    officer: review.officer,
    reviewedAt: review.reviewedAt,
    released,
  });
  return released ? 'released' : 'rejected';
}
