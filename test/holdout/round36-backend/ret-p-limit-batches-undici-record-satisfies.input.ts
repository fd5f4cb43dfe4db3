// Nightly settlement of face logins still pending in the ledger (US data centre, www host): the pending references in
// batches of fifty, four retrievals at a time through p-limit, undici's request(), and each vendor result mapped onto
// the ledger's own status through a Record lookup checked with `satisfies` (a result added later cannot be forgotten).
import pLimit from 'p-limit';
import { request } from 'undici';
import { pendingFaceLogins, saveResult } from './store.js';

const RETRIEVAL_BASE = 'https://www.netverify.com/api/netverify/v2/authentications';
const AUTHORIZATION = `Basic ${Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64')}`;
const BATCH_SIZE = 50;

interface NetverifyAuthentication {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

type LedgerStatus = 'awaiting_member' | 'approved' | 'declined' | 'needs_review' | 'lapsed';

const LEDGER_STATUS = {
  CREATED: 'awaiting_member',
  STARTED: 'awaiting_member',
  PASSED: 'approved',
  FAILED: 'declined',
  INVALID: 'needs_review',
  EXPIRED: 'lapsed',
} as const satisfies Record<NetverifyAuthentication['transactionResult'], LedgerStatus>;

interface SettledRow {
  reference: string;
  status: LedgerStatus;
  member: string | null;
}

export async function settlePendingFaceLogins(): Promise<{ settled: number; failed: string[] }> {
  const limit = pLimit(4);
  const references = await pendingFaceLogins();
  const failed: string[] = [];
  let settled = 0;

  for (let i = 0; i < references.length; i += BATCH_SIZE) {
    const batch = references.slice(i, i + BATCH_SIZE);
    const rows = await Promise.all(
      batch.map((reference) =>
        limit(async (): Promise<SettledRow | null> => {
          const { statusCode, body } = await request(`${RETRIEVAL_BASE}/${reference}`, {
            method: 'GET',
            headers: { accept: 'application/json', authorization: AUTHORIZATION, 'user-agent': 'Harborview Ledger/6.0' },
          });
          if (statusCode !== 200) {
            await body.dump();
            failed.push(reference);
            return null;
          }
          const details = (await body.json()) as NetverifyAuthentication;
          return {
            reference: details.transactionReference,
            status: LEDGER_STATUS[details.transactionResult],
            member: details.userReference ?? null,
          };
        }),
      ),
    );

    for (const row of rows) {
      if (!row || row.status === 'awaiting_member') continue;
      await saveResult(row.reference, { status: row.status, member: row.member });
      settled += 1;
    }
  }

  return { settled, failed };
}
