// scripts/backfill-face-login-outcomes.ts: one-off backfill for FIN-2231. Until March the callback receiver dropped
// authentication results whenever the queue was down, so some members' face logins are still open in our table
// although Jumio decided them long ago. This walks those rows page by page, asks the retrieval API (US data centre)
// for each stored reference, six at a time, and writes the outcome back. Safe to re-run: it only touches open rows.
//
//   npx tsx scripts/backfill-face-login-outcomes.ts --since 2024-01-01 [--concurrency 6] [--dry-run]
import { parseArgs } from 'node:util';
import pg from 'pg';
import pLimit from 'p-limit';

const { values: args } = parseArgs({
  options: {
    since: { type: 'string' },
    concurrency: { type: 'string', default: '6' },
    'dry-run': { type: 'boolean', default: false },
  },
  strict: true,
});
if (!args.since) {
  console.error('usage: backfill-face-login-outcomes --since YYYY-MM-DD [--concurrency N] [--dry-run]');
  process.exit(64);
}

const NETVERIFY_US = 'https://netverify.com';
const JUMIO_BASIC = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');
const PAGE_SIZE = 500;

interface AuthenticationDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

type OpenRow = { member_id: string; reference: string };

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
const limit = pLimit(Number(args.concurrency));
const tally = { written: 0, stillOpen: 0, unknown: 0, failed: 0 };

async function backfillOne(row: OpenRow): Promise<void> {
  const res = await fetch(`${NETVERIFY_US}/api/netverify/v2/authentications/${row.reference}`, {
    headers: {
      Accept: 'application/json',
      Authorization: `Basic ${JUMIO_BASIC}`,
      'User-Agent': 'Cedarline-Backfill/FIN-2231',
    },
    signal: AbortSignal.timeout(10_000),
  });
  if (res.status === 404) {
    tally.unknown += 1;
    return;
  }
  if (!res.ok) throw new Error(`retrieval ${row.reference}: HTTP ${res.status}`);

  const details = (await res.json()) as AuthenticationDetails;
  if (details.transactionResult === 'CREATED' || details.transactionResult === 'STARTED') {
    tally.stillOpen += 1;
    return;
  }
  if (details.userReference && details.userReference !== row.member_id) {
    throw new Error(`retrieval ${row.reference}: belongs to ${details.userReference}, not ${row.member_id}`);
  }
  if (!args['dry-run']) {
    await pool.query(
      'update face_logins set outcome = $1, decided_at = $2, backfilled_at = now() where reference = $3 and outcome is null',
      [details.transactionResult, details.transactionDate, details.transactionReference],
    );
  }
  tally.written += 1;
}

// Keyset pagination on the reference: rows written by this run drop out of the filter, the cursor never goes back.
let after = '';
for (;;) {
  const { rows } = await pool.query<OpenRow>(
    `select member_id, reference from face_logins
      where outcome is null and created_at >= $1 and reference > $2
      order by reference limit ${PAGE_SIZE}`,
    [args.since, after],
  );
  if (rows.length === 0) break;
  after = rows[rows.length - 1].reference;

  const settled = await Promise.allSettled(rows.map((row) => limit(() => backfillOne(row))));
  for (const outcome of settled) {
    if (outcome.status === 'rejected') {
      tally.failed += 1;
      console.warn(String(outcome.reason));
    }
  }
  console.log(`up to ${after}: ${JSON.stringify(tally)} (active ${limit.activeCount}, queued ${limit.pendingCount})`);
}

await pool.end();
console.log(args['dry-run'] ? 'dry run, nothing written:' : 'done:', tally);
