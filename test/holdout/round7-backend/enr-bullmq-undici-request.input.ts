import { Worker } from 'bullmq';
import { request } from 'undici';

interface InitiateV4Response {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

const JUMIO_V4 = 'https://lon.netverify.com/api/v4/initiate';
const authorization = 'Basic ' + Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64');

export const kycWorker = new Worker<{ customerId: string; email: string }>(
  'kyc-start',
  async (job) => {
    const { statusCode, body } = await request(JUMIO_V4, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', authorization, 'user-agent': 'Example Queue/1.0' },
      body: JSON.stringify({ customerInternalReference: job.data.customerId, userReference: job.data.customerId, workflowId: 200 }),
    });
    if (statusCode !== 200) throw new Error(`jumio ${statusCode}`);
    const out = (await body.json()) as InitiateV4Response;
    await job.updateData({ ...job.data });
    return { scanReference: out.transactionReference, link: out.redirectUrl };
  },
  { connection: { host: 'redis', port: 6379 } },
);
