// Face login results of the EU club app (a BullMQ worker, the global fetch). A job is queued for each face login
// once the member comes back; a failed attempt throws, and BullMQ retries the job.
import { Worker } from 'bullmq';
import { markUserVerified, saveResult } from './store.js';

const NETVERIFY_EU = 'https://lon.netverify.com';
const AUTH = `Basic ${Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64')}`;

interface FaceLoginResultJob {
  reference: string;
  memberId: string;
}

interface AuthenticationRetrieval {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  userReference?: string;
}

export const worker = new Worker(
  'face-login-results',
  async (job: { data: FaceLoginResultJob }) => {
    const { reference, memberId } = job.data;
    const res = await fetch(`${NETVERIFY_EU}/api/netverify/v2/authentications/${reference}`, {
      headers: { Accept: 'application/json', Authorization: AUTH, 'User-Agent': 'Acme Club EU/7.2' },
    });
    if (res.status === 404) return 'unknown';
    if (!res.ok) throw new Error(`retrieval failed with ${res.status}`);
    const details = (await res.json()) as AuthenticationRetrieval;
    if (details.transactionResult === 'CREATED' || details.transactionResult === 'STARTED') throw new Error('not final yet');
    await saveResult(details.transactionReference, { result: details.transactionResult, user: details.userReference });
    await markUserVerified(memberId, details.transactionResult === 'PASSED');
    return details.transactionResult;
  },
  { connection: { host: process.env.REDIS_HOST ?? 'localhost', port: 6379 }, concurrency: 4 },
);
