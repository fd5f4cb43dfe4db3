// Sumsub applicant review status through a DataLoader; HMAC-signed requests.
import DataLoader from 'dataloader';
import axios from 'axios';
import { createHmac } from 'node:crypto';

function sign(ts: number, method: string, path: string): string {
  return createHmac('sha256', process.env.SUMSUB_SECRET!).update(`${ts}${method}${path}`).digest('hex');
}

export const reviewLoader = new DataLoader(async (applicants: readonly string[]) =>
  Promise.all(
    applicants.map(async (applicantId) => {
      const path = `/resources/applicants/${applicantId}/requiredIdDocsStatus`;
      const ts = Math.floor(Date.now() / 1000);
      const { data } = await axios.get(`https://api.sumsub.com${path}`, {
        headers: { 'X-App-Token': process.env.SUMSUB_APP_TOKEN!, 'X-App-Access-Ts': ts, 'X-App-Access-Sig': sign(ts, 'GET', path) },
      });
      return { transactionReference: applicantId, transactionResult: data.SELFIE?.reviewResult?.reviewAnswer ?? 'PENDING' };
    }),
  ),
);
