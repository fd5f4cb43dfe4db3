import got from 'got';
import { DelayedError, Worker, type Job } from 'bullmq';
import { connection } from './queue';
import { markAuthentication } from './auth-store';

const JUMIO = 'https://netverify.com';

interface AuthenticationDetails {
  transactionReference: string;
  transactionResult: string;
  transactionDate: string;
  userReference?: string;
}

export const retrievalWorker = new Worker<{ reference: string }>(
  'jumio-retrieval',
  async (job: Job<{ reference: string }>, token?: string) => {
    const details = await got(`${JUMIO}/api/netverify/v2/authentications/${job.data.reference}`, {
      username: process.env.JUMIO_TOKEN,
      password: process.env.JUMIO_SECRET,
      headers: { 'user-agent': 'Osprey Worker/3.0' },
    }).json<AuthenticationDetails>();

    if (details.transactionResult === 'STARTED') {
      await job.moveToDelayed(Date.now() + 60_000, token);
      throw new DelayedError();
    }
    await markAuthentication(details.transactionReference, details.transactionResult === 'PASSED');
  },
  { connection },
);
