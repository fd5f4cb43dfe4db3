import axios from 'axios';

// Defaults in a destructuring say the value may be missing: after the rewrite the old default must still apply
// (a missing `web` must not make the destructuring throw).
export async function faceLogin(enrollmentTransactionReference: string) {
  const response = await axios.post('https://lon.netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference }, {
    auth: { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' },
  });
  const { data: { redirectUrl: url = '/fallback', transactionReference } = {} } = response;
  return { url, transactionReference };
}

export async function faceLoginFetch(enrollmentTransactionReference: string) {
  const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'Basic ' + process.env.JUMIO_BASIC },
    body: JSON.stringify({ enrollmentTransactionReference }),
  });
  const json = (await res.json()) as { redirectUrl?: string; transactionReference?: string };
  const { redirectUrl: link = '', transactionReference: ref = 'unknown' } = json;
  const { redirectUrl } = json;
  return { link, ref, redirectUrl };
}
