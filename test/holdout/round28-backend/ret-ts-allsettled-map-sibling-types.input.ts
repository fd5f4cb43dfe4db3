// Nightly job of the pension portal (TypeScript, the global fetch): settles every face login still pending, in
// parallel; one failed lookup must not stop the others. The answer's shape lives in types.ts beside this job.
import type { AuthenticationDetails } from './types.js';
import { pendingFaceLogins, saveResult } from './store.js';

const AUTHENTICATIONS = 'https://lon.netverify.com/api/netverify/v2/authentications';
const basic = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

export async function settlePendingFaceLogins(): Promise<{ settled: number; failed: number }> {
  const references = await pendingFaceLogins();
  const outcomes = await Promise.allSettled(
    references.map(async (reference) => {
      const res = await fetch(`${AUTHENTICATIONS}/${reference}`, {
        headers: {
          Accept: 'application/json',
          Authorization: `Basic ${basic}`,
          'User-Agent': 'Acme Pensions Jobs/1.3',
        },
      });
      if (!res.ok) throw new Error(`face login ${reference}: HTTP ${res.status}`);
      const details = (await res.json()) as AuthenticationDetails;
      await saveResult(details.transactionReference, {
        result: details.transactionResult,
        member: details.userReference ?? null,
      });
    }),
  );
  const failed = outcomes.filter((outcome) => outcome.status === 'rejected').length;
  return { settled: outcomes.length - failed, failed };
}
