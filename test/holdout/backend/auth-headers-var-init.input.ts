import type { JumioAuthInitResponse } from './jumio-types.js';

export async function beginFaceAuthentication(enrollmentTransactionReference: string, userReference: string) {
  const headers = {
    'Content-Type': 'application/json',
    Accept: 'application/json',
    'User-Agent': 'Acme/7',
    Authorization: `Basic ${Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64')}`,
  };
  const init = { method: 'POST', headers, body: JSON.stringify({ enrollmentTransactionReference, userReference }) };
  const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', init);
  const json: JumioAuthInitResponse = await res.json();
  return { url: json.redirectUrl, ref: json.transactionReference };
}
