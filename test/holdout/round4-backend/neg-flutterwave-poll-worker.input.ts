import { Worker } from 'bullmq';
import axios from 'axios';
import { connection } from './queue';
import { markPaid } from './orders';

const FLW = axios.create({
  baseURL: 'https://api.flutterwave.com/v3',
  headers: { Authorization: `Bearer ${process.env.FLW_SECRET_KEY}` },
});

export const verifyWorker = new Worker<{ transactionId: string; orderId: string }>(
  'verify-payment',
  async (job) => {
    const { data } = await FLW.get(`/transactions/${job.data.transactionId}/verify`);
    if (data.data.status !== 'successful') throw new Error('not yet');
    await markPaid(job.data.orderId, { transactionReference: data.data.tx_ref, transactionResult: 'PASSED' });
  },
  { connection },
);
