import axios, { type InternalAxiosRequestConfig } from 'axios';
import { Worker, type Job } from 'bullmq';
import { connection } from './redis';
import { notifyUser } from './notify';

const netverify = axios.create({
  baseURL: 'https://netverify.com/api',
  timeout: 20_000,
  headers: { 'User-Agent': 'Quarry Jobs/1.0', Accept: 'application/json' },
});

// Every Netverify call carries the API user's Basic credentials.
netverify.interceptors.request.use((cfg: InternalAxiosRequestConfig) => {
  const pair = `${process.env.NETVERIFY_API_TOKEN}:${process.env.NETVERIFY_API_SECRET}`;
  cfg.headers.Authorization = `Basic ${Buffer.from(pair).toString('base64')}`;
  return cfg;
});

interface FaceAuthJob {
  userId: string;
  enrollmentRef: string;
  email: string;
}

export const faceAuthWorker = new Worker<FaceAuthJob>(
  'face-auth',
  async (job: Job<FaceAuthJob>) => {
    const { data } = await netverify.post('/authentication/v1/web/initiate', {
      enrollmentTransactionReference: job.data.enrollmentRef,
      userReference: job.data.userId,
      callbackUrl: 'https://jobs.quarry.dev/hooks/netverify',
    });
    await notifyUser(job.data.email, data.redirectUrl);
    return { reference: data.transactionReference };
  },
  { connection },
);
