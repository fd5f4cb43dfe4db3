// Lion City Securities — before a withdrawal to a newly added bank account is released, the payout worker reads the
// result of the face login the client did (Singapore data centre). Our Netverify client is generated with orval (fetch
// client, baseUrl in orval.config.ts) into ./netverify-endpoints.ts. The worker sends its requests with undici, so it
// takes the generated URL helper and model and does the request itself.
import { request } from 'undici';
import {
  AuthenticationDetailsTransactionResult,
  getGetAuthenticationUrl,
  type AuthenticationDetails,
} from './netverify-endpoints.js';
import { recordWithdrawalReview, type Withdrawal } from './db.js';

const NV_BASIC = 'Basic ' + Buffer.from(`${process.env.LCS_NV_API_TOKEN}:${process.env.LCS_NV_API_SECRET}`).toString('base64');

export type ReviewOutcome = { release: boolean; reason: string };

export async function reviewWithdrawalFaceLogin(withdrawal: Withdrawal): Promise<ReviewOutcome> {
  if (!withdrawal.faceLoginReference) return { release: false, reason: 'no face login' };

  const { statusCode, body } = await request(getGetAuthenticationUrl(withdrawal.faceLoginReference), {
    method: 'GET',
    headers: {
      accept: 'application/json',
      authorization: NV_BASIC,
      'user-agent': 'LionCitySecurities-Payouts/2.7',
    },
  });
  if (statusCode === 404) {
    await body.dump();
    return { release: false, reason: 'unknown face login' };
  }
  if (statusCode !== 200) {
    await body.dump();
    throw new Error(`face login lookup failed for withdrawal ${withdrawal.id} (${statusCode})`);
  }
  const details = (await body.json()) as AuthenticationDetails;

  if (details.userReference !== withdrawal.clientNo) {
    return { release: false, reason: 'face login of another client' };
  }
  const passed = details.transactionResult === AuthenticationDetailsTransactionResult.PASSED;
  await recordWithdrawalReview(withdrawal.id, {
    faceLoginReference: details.transactionReference,
    result: details.transactionResult,
    decidedAt: details.transactionDate,
  });
  return passed ? { release: true, reason: 'face login passed' } : { release: false, reason: `face login ${details.transactionResult.toLowerCase()}` };
}
