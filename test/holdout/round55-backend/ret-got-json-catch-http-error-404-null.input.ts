// Fjordline Pensjon (NO) payouts: a lump-sum payout above the desk limit waits for the member's face login. The
// nightly job settles the waiting payouts one by one. A face login the vendor has deleted (after its retention
// period) will never come back, so the payout is settled as not approved instead of waiting forever.
import got, { HTTPError } from 'got';
import { settleLumpSum, type WaitingLumpSum } from './db.js';

const NV_EU = 'https://lon.netverify.com';

interface FaceLoginDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

export async function settleWaitingLumpSum(payout: WaitingLumpSum): Promise<'pending' | 'settled' | 'expired'> {
  const details = await got(`${NV_EU}/api/netverify/v2/authentications/${payout.faceLoginReference}`, {
    username: process.env.FJORDLINE_NV_TOKEN,
    password: process.env.FJORDLINE_NV_SECRET,
    headers: { Accept: 'application/json', 'User-Agent': 'Fjordline-Payouts/3.4' },
  })
    .json<FaceLoginDetails>()
    .catch((err: unknown) => {
      if (err instanceof HTTPError && err.response.statusCode === 404) return null;
      throw err;
    });

  if (!details) {
    await settleLumpSum(payout.id, { approved: false, reason: 'FACE_LOGIN_GONE' });
    return 'expired';
  }
  if (details.transactionResult === 'CREATED' || details.transactionResult === 'STARTED') return 'pending';

  await settleLumpSum(payout.id, {
    approved: details.transactionResult === 'PASSED' && details.userReference === payout.memberNo,
    reason: details.transactionResult,
    faceLoginReference: details.transactionReference,
    decidedAt: details.transactionDate,
  });
  return 'settled';
}
