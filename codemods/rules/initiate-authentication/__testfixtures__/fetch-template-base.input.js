import fetch from 'node-fetch';

const JUMIO_BASE = 'https://lon.netverify.com';
const token = process.env.JUMIO_API_TOKEN;
const secret = process.env.JUMIO_API_SECRET;

export async function initiateFaceLogin(user) {
  const payload = {
    enrollmentTransactionReference: user.jumioScanReference,
    userReference: user.id,
    callbackUrl: `${process.env.PUBLIC_URL}/jumio/callback`,
    successUrl: process.env.PUBLIC_URL + '/login/done',
  };
  const res = await fetch(`${JUMIO_BASE}/api/authentication/v1/web/initiate`, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(JSON.stringify(payload)),
      'User-Agent': 'Acme Login/2.3',
      Authorization: 'Basic ' + Buffer.from(`${token}:${secret}`).toString('base64'),
    },
    body: JSON.stringify(payload),
  });
  if (!res.ok) throw new Error(`Jumio initiate failed: ${res.status}`);
  const data = await res.json();
  console.log('authentication started', data.transactionReference);
  return { redirect: data.redirectUrl, ref: data.transactionReference };
}
