// Prairie Mutual (US) claims: a claim paid above the desk limit waits for the claimant's face login. Every quarter
// hour the open face logins are settled in one go. One that cannot be fetched right now (a vendor hiccup, or a 404
// while it is still being set up) is simply tried again next time, so one failure must not sink the whole run.
import { openFaceLogins, recordFaceLoginDecision } from './db.js';

const NV_AUTHENTICATIONS = 'https://netverify.com/api/netverify/v2/authentications';
const NV_BASIC = `Basic ${Buffer.from(`${process.env.PRAIRIE_NV_TOKEN}:${process.env.PRAIRIE_NV_SECRET}`).toString('base64')}`;

interface FaceLoginDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

async function fetchFaceLogin(reference: string): Promise<FaceLoginDetails> {
  const res = await fetch(`${NV_AUTHENTICATIONS}/${encodeURIComponent(reference)}`, {
    headers: {
      Accept: 'application/json',
      Authorization: NV_BASIC,
      'User-Agent': 'PrairieMutual-Claims/2.9',
    },
  });
  if (!res.ok) throw new Error(`face login ${reference}: HTTP ${res.status}`);
  return (await res.json()) as FaceLoginDetails;
}

export async function settleOpenFaceLogins(): Promise<{ decided: number; pending: number; unreachable: string[] }> {
  const open = await openFaceLogins();
  const outcomes = await Promise.allSettled(open.map((login) => fetchFaceLogin(login.reference)));

  let decided = 0;
  let pending = 0;
  const unreachable: string[] = [];
  for (const [i, outcome] of outcomes.entries()) {
    const login = open[i];
    if (outcome.status === 'rejected') {
      unreachable.push(login.reference);
      continue;
    }
    const details = outcome.value;
    if (details.transactionResult === 'CREATED' || details.transactionResult === 'STARTED') {
      pending += 1;
      continue;
    }
    await recordFaceLoginDecision(login.claimId, {
      reference: details.transactionReference,
      passed: details.transactionResult === 'PASSED' && details.userReference === login.claimantId,
      decidedAt: details.transactionDate,
    });
    decided += 1;
  }
  return { decided, pending, unreachable };
}
