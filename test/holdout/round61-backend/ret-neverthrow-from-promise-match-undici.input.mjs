// Vistula Leasing (Poznań): a lessee who asks for a higher credit limit confirms it with a face login; the limit job
// below settles each request once the lessee says they are done. ESM, undici 6, neverthrow.
// A failed lookup is a decision too (the limit stays as it is and the account manager calls the lessee), so it is
// matched like the answer instead of failing the job.
import { request } from 'undici';
import { ResultAsync } from 'neverthrow';
import { decideLimitIncrease, findLimitIncrease } from './db.mjs';

const NV_EU_AUTHENTICATIONS = 'https://lon.netverify.com/api/netverify/v2/authentications';
const NV_BASIC = 'Basic ' + Buffer.from(`${process.env.VISTULA_NV_TOKEN}:${process.env.VISTULA_NV_SECRET}`).toString('base64');

export async function settleLimitIncrease(increaseId) {
  const increase = await findLimitIncrease(increaseId);

  const decision = await ResultAsync.fromPromise(
    request(`${NV_EU_AUTHENTICATIONS}/${increase.faceLoginReference}`, {
      headers: { accept: 'application/json', authorization: NV_BASIC, 'user-agent': 'VistulaLeasing-Limits/2.8' },
    }).then(({ statusCode, body }) => {
      if (statusCode !== 200) throw new Error(`face login lookup answered HTTP ${statusCode}`);
      return body.json();
    }),
    (error) => ({ kind: 'lookup-failed', message: error instanceof Error ? error.message : String(error) }),
  ).match(
    (details) => ({
      approved: details.transactionResult === 'PASSED' && details.userReference === increase.lesseeNo,
      faceLoginReference: details.transactionReference,
      decidedAt: details.transactionDate,
    }),
    (failure) => ({ approved: false, faceLoginReference: increase.faceLoginReference, failure: failure.message }),
  );

  await decideLimitIncrease(increase.id, decision);
  return decision.approved;
}
