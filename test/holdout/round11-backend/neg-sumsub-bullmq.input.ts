// Sumsub access tokens generated in a BullMQ worker with exponential-backoff (another vendor): untouched.
import { Worker } from 'bullmq';
import axios from 'axios';
import { backOff } from 'exponential-backoff';
import { createHmac } from 'node:crypto';

export const worker = new Worker('sumsub-token', async (job) => {
  const ts = Math.floor(Date.now() / 1000);
  const path = `/resources/accessTokens?userId=${job.data.userId}&levelName=basic-kyc-level`;
  const sig = createHmac('sha256', process.env.SUMSUB_SECRET ?? '').update(ts + 'POST' + path).digest('hex');
  const { data } = await backOff(() =>
    axios.post(`https://api.sumsub.com${path}`, null, {
      headers: { 'X-App-Token': process.env.SUMSUB_TOKEN ?? '', 'X-App-Access-Sig': sig, 'X-App-Access-Ts': String(ts) },
    }),
  );
  return data.token;
}, { connection: { host: 'redis' } });
