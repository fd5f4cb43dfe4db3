// Alster Kreditbank (EU) back office: a payout above the customer's usual amount waits for a face login, and the
// clerk's "release" button asks here whether it passed. axios, TypeScript.
import axios from 'axios';
import { findPayout, markPayoutChecked } from './db.js';

const NV_EU = 'https://lon.netverify.com';

interface AuthenticationDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

export type FaceLoginCheck = 'passed' | 'pending' | 'rejected';

export async function checkPayoutFaceLogin(payoutId: string): Promise<FaceLoginCheck> {
  const payout = await findPayout(payoutId);
  const { data: details } = await axios.get<AuthenticationDetails>(`${NV_EU}/api/netverify/v2/authentications/${payout.faceLoginReference}`, {
    auth: { username: process.env.ALSTER_NV_TOKEN ?? '', password: process.env.ALSTER_NV_SECRET ?? '' },
    headers: { Accept: 'application/json', 'User-Agent': 'Alster-Backoffice/2.9' },
  });

  // The answer must be about the transaction we asked for (we keep references in lower case).
  if (details.transactionReference.toLowerCase() !== payout.faceLoginReference) {
    throw new Error(`face login ${payout.faceLoginReference}: the answer is about another transaction`);
  }
  if (details.transactionResult === 'CREATED' || details.transactionResult === 'STARTED') return 'pending';

  // The date comes without a zone designator; it is UTC.
  const decidedAt = new Date(/Z$/.test(details.transactionDate) ? details.transactionDate : `${details.transactionDate}Z`);
  const sameCustomer = (details.userReference ?? '').toUpperCase() === payout.customerNo.toUpperCase();
  const passed = details.transactionResult === 'PASSED' && sameCustomer;
  await markPayoutChecked(payout.id, { passed, decidedAt });
  return passed ? 'passed' : 'rejected';
}
