// An in-process event bus: a step-up request event starts a face login on the older /api/auth/v1/initiate path (EU)
// with axios's config form, and the ready event carries the link back to the web tier.
import { EventEmitter } from 'node:events';
import axios from 'axios';

export const bus = new EventEmitter();
const JUMIO_BASIC = 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

bus.on('step-up.requested', async ({ userId, enrollment }: { userId: string; enrollment: string }) => {
  const response = await axios({
    method: 'post',
    url: 'https://lon.netverify.com/api/auth/v1/initiate',
    data: { enrollmentTransactionReference: enrollment, userReference: userId, successUrl: 'https://portal.acme-insure.example/step-up/done' },
    headers: { Authorization: JUMIO_BASIC, Accept: 'application/json' },
  });
  bus.emit('step-up.ready', { userId, url: response.data.redirectUrl, reference: response.data.transactionReference });
});
