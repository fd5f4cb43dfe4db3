// BullMQ worker starting face logins queued by the API; the call wrapped in exponential-backoff's backOff (US).
import { Worker, type Job } from 'bullmq';
import axios from 'axios';
import { backOff } from 'exponential-backoff';
import { saveFaceAuth } from './store';

interface FaceLoginJob {
  userId: string;
  enrollmentReference: string;
}

const JUMIO_HOST = 'https://netverify.com';

export const faceLoginWorker = new Worker<FaceLoginJob>(
  'face-login',
  async (job: Job<FaceLoginJob>) => {
    const response = await backOff(
      () =>
        axios.post(
          `${JUMIO_HOST}/api/authentication/v1/web/initiate`,
          {
            enrollmentTransactionReference: job.data.enrollmentReference,
            userReference: job.data.userId,
            callbackUrl: 'https://api.acme.example/jumio/callback',
          },
          { auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! } },
        ),
      { numOfAttempts: 4, startingDelay: 500 },
    );
    await saveFaceAuth({ userId: job.data.userId, reference: response.data.transactionReference, url: response.data.redirectUrl });
    return response.data.transactionReference;
  },
  { connection: { host: process.env.REDIS_HOST ?? 'localhost', port: 6379 } },
);
