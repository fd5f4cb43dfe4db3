// worker_threads worker: the main thread posts { enrollment, userId }, the worker answers with the client URL (US).
import { parentPort } from 'node:worker_threads';

const INITIATE = 'https://netverify.com/api/authentication/v1/web/initiate';
const authorization = `Basic ${Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64')}`;

parentPort.on('message', async ({ id, enrollment, userId }) => {
  try {
    const res = await fetch(INITIATE, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: authorization, 'User-Agent': 'Acme Batch/1.0' },
      body: JSON.stringify({ enrollmentTransactionReference: enrollment, userReference: userId }),
    });
    const json = await res.json();
    parentPort.postMessage({ id, ok: true, url: json.redirectUrl, reference: json.transactionReference });
  } catch (err) {
    parentPort.postMessage({ id, ok: false, error: String(err) });
  }
});
