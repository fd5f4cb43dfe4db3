// Glenmore Invest (IE) withdrawals: a withdrawal to a bank account the member has not used before is executed only if
// the member passed a face login in the last ten minutes. A login that passed an hour ago (a tab left open, a link
// opened twice) does not count. TypeScript, got 11.
import got from 'got';
import type { PendingWithdrawal } from './db.js';

const NV_EU = 'https://lon.netverify.com/api/netverify/v2';
const FRESH_FOR_MS = 10 * 60 * 1000;

interface FaceLoginDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

export type FaceLoginGate =
  | { ok: true; reference: string }
  | { ok: false; reason: 'pending' | 'failed' | 'stale' | 'other-member' };

export async function faceLoginGate(withdrawal: PendingWithdrawal, now = Date.now()): Promise<FaceLoginGate> {
  const details = await got(`${NV_EU}/authentications/${withdrawal.faceLoginReference}`, {
    username: process.env.GLENMORE_NV_TOKEN,
    password: process.env.GLENMORE_NV_SECRET,
    headers: { Accept: 'application/json', 'User-Agent': 'Glenmore-Withdrawals/2.6' },
  }).json<FaceLoginDetails>();

  if (details.transactionResult === 'CREATED' || details.transactionResult === 'STARTED') return { ok: false, reason: 'pending' };
  if (details.transactionResult !== 'PASSED') return { ok: false, reason: 'failed' };
  if (details.userReference !== withdrawal.memberNo) return { ok: false, reason: 'other-member' };

  // The time sometimes comes without a zone designator; Date.parse then reads it as local time, and our hosts run
  // on UTC, which is what the vendor means.
  const decidedAt = Date.parse(details.transactionDate);
  if (Number.isNaN(decidedAt) || now - decidedAt > FRESH_FOR_MS) return { ok: false, reason: 'stale' };

  return { ok: true, reference: details.transactionReference };
}
