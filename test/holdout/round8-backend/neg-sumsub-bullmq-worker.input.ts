// BullMQ worker: Sumsub applicant creation and WebSDK link.
import { Worker } from 'bullmq';
import crypto from 'node:crypto';

const BASE = 'https://api.sumsub.com';

function sign(ts: number, method: string, path: string, body = '') {
  return crypto.createHmac('sha256', process.env.SUMSUB_SECRET ?? '').update(ts + method + path + body).digest('hex');
}

export const worker = new Worker('kyc-links', async (job) => {
  const path = `/resources/sdkIntegrations/levels/-/websdkLink?levelName=basic-kyc&userId=${job.data.userId}&ttlInSecs=1800`;
  const ts = Math.floor(Date.now() / 1000);
  const res = await fetch(BASE + path, {
    method: 'POST',
    headers: { 'X-App-Token': process.env.SUMSUB_TOKEN ?? '', 'X-App-Access-Ts': String(ts), 'X-App-Access-Sig': sign(ts, 'POST', path) },
  });
  const { url } = (await res.json()) as { url: string };
  return { redirectUrl: url, transactionReference: job.data.userId };
}, { connection: { host: 'localhost', port: 6379 } });
