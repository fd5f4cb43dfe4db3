// Face login result poller (AWS Lambda on an EventBridge schedule, TypeScript, ky): every pending face login is
// looked up once per run until it has a final result.
import ky from 'ky';
import { pendingFaceLogins, saveResult } from './store.js';

interface FaceLoginDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

type ScheduledHandler = (event: { 'detail-type': string; time: string }) => Promise<void>;

const BASIC = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

export const handler: ScheduledHandler = async () => {
  for (const reference of await pendingFaceLogins()) {
    const details = (await ky
      .get(`https://netverify.com/api/netverify/v2/authentications/${reference}`, {
        headers: { Accept: 'application/json', Authorization: `Basic ${BASIC}`, 'User-Agent': 'Acme Poller/2.1' },
        timeout: 10_000,
      })
      .json()) as FaceLoginDetails;
    if (details.transactionResult === 'CREATED' || details.transactionResult === 'STARTED') continue;
    await saveResult(details.transactionReference, {
      result: details.transactionResult,
      completedAt: details.transactionDate,
      user: details.userReference ?? null,
    });
  }
};
