// scripts/backfill-kyc-review-outcomes.ts: one-off backfill for FIN-2307. The Sumsub webhook receiver dropped review
// results while the queue was down, so some members' KYC reviews are still open in our table although Sumsub decided
// them. This walks those rows page by page, reads each applicant from Sumsub, six at a time, and writes the answer
// back. Safe to re-run: it only touches open rows.
//
//   npx tsx scripts/backfill-kyc-review-outcomes.ts --since 2024-01-01 [--concurrency 6] [--dry-run]
import { createHmac } from 'node:crypto';
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
  console.error('usage: backfill-kyc-review-outcomes --since YYYY-MM-DD [--concurrency N] [--dry-run]');
  process.exit(64);
}

const SUMSUB = 'https://api.sumsub.com';
const APP_TOKEN = process.env.SUMSUB_APP_TOKEN ?? '';
const SECRET_KEY = process.env.SUMSUB_SECRET_KEY ?? '';
const PAGE_SIZE = 500;

interface Applicant {
  id: string;
  externalUserId: string;
  review: {
    reviewStatus: 'init' | 'pending' | 'prechecked' | 'queued' | 'completed' | 'onHold';
    reviewResult?: { reviewAnswer: 'GREEN' | 'RED'; reviewRejectType?: 'FINAL' | 'RETRY' };
    reviewDate?: string;
  };
}

type OpenRow = { member_id: string; applicant_id: string };

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
const limit = pLimit(Number(args.concurrency));
const tally = { written: 0, stillOpen: 0, unknown: 0, failed: 0 };

function signedHeaders(method: string, path: string): Record<string, string> {
  const ts = Math.floor(Date.now() / 1000).toString();
  return {
    Accept: 'application/json',
    'X-App-Token': APP_TOKEN,
    'X-App-Access-Ts': ts,
    'X-App-Access-Sig': createHmac('sha256', SECRET_KEY).update(ts + method + path).digest('hex'),
    'User-Agent': 'Cedarline-Backfill/FIN-2307',
  };
}

async function backfillOne(row: OpenRow): Promise<void> {
  const path = `/resources/applicants/${row.applicant_id}/one`;
  const res = await fetch(`${SUMSUB}${path}`, { headers: signedHeaders('GET', path), signal: AbortSignal.timeout(10_000) });
  if (res.status === 404) {
    tally.unknown += 1;
    return;
  }
  if (!res.ok) throw new Error(`applicant ${row.applicant_id}: HTTP ${res.status}`);

  const applicant = (await res.json()) as Applicant;
  if (applicant.review.reviewStatus !== 'completed' || !applicant.review.reviewResult) {
    tally.stillOpen += 1;
    return;
  }
  if (applicant.externalUserId !== row.member_id) {
    throw new Error(`applicant ${row.applicant_id}: belongs to ${applicant.externalUserId}, not ${row.member_id}`);
  }
  if (!args['dry-run']) {
    await pool.query(
      'update kyc_reviews set outcome = $1, decided_at = $2, backfilled_at = now() where applicant_id = $3 and outcome is null',
      [applicant.review.reviewResult.reviewAnswer, applicant.review.reviewDate ?? null, applicant.id],
    );
  }
  tally.written += 1;
}

// Keyset pagination on the applicant id: rows written by this run drop out of the filter, the cursor never goes back.
let after = '';
for (;;) {
  const { rows } = await pool.query<OpenRow>(
    `select member_id, applicant_id from kyc_reviews
      where outcome is null and created_at >= $1 and applicant_id > $2
      order by applicant_id limit ${PAGE_SIZE}`,
    [args.since, after],
  );
  if (rows.length === 0) break;
  after = rows[rows.length - 1].applicant_id;

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
