// Wallet back end (EU data centre): a node-cron job sweeps the face logins still pending every five minutes. The job
// never overlaps itself, each run has a time budget and leaves what it could not reach to the next one, the lookups go
// through the team's axios instance on the vendor's retrieval base, and the task is stopped when the process is.
import cron from 'node-cron';
import axios from 'axios';
import { pendingFaceLogins, saveResult } from './store.js';

const RUN_BUDGET_MS = 4 * 60_000;

interface PendingAuthenticationDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

const netverify = axios.create({
  baseURL: 'https://lon.netverify.com/api/netverify/v2',
  auth: { username: process.env.NETVERIFY_EU_TOKEN ?? '', password: process.env.NETVERIFY_EU_SECRET ?? '' },
  headers: { Accept: 'application/json', 'User-Agent': 'Thamesgate Wallet Sweeper/1.5' },
});

export interface SweepReport {
  settled: number;
  stillPending: number;
  failed: number;
  outOfTime: boolean;
}

export async function sweepPendingFaceLogins(now = new Date()): Promise<SweepReport> {
  const report: SweepReport = { settled: 0, stillPending: 0, failed: 0, outOfTime: false };
  const budgetEnds = Date.now() + RUN_BUDGET_MS;

  for (const reference of await pendingFaceLogins()) {
    if (Date.now() > budgetEnds) {
      report.outOfTime = true;
      break;
    }
    try {
      const { data } = await netverify.get<PendingAuthenticationDetails>(`/authentications/${reference}`);
      if (data.transactionResult === 'CREATED' || data.transactionResult === 'STARTED') {
        report.stillPending += 1;
        continue;
      }
      await saveResult(data.transactionReference, {
        result: data.transactionResult,
        completedAt: data.transactionDate,
        memberId: data.userReference ?? null,
        sweptAt: now.toISOString(),
      });
      report.settled += 1;
    } catch (err) {
      report.failed += 1;
      console.warn('face login sweep: lookup failed', reference, err);
    }
  }
  return report;
}

const sweep = cron.schedule(
  '*/5 * * * *',
  async () => {
    const report = await sweepPendingFaceLogins();
    console.info('face login sweep', report);
  },
  { name: 'face-login-sweep', noOverlap: true, timezone: 'Europe/London' },
);

process.once('SIGTERM', () => sweep.stop());
