// The caller passes the headers (User-Agent, tracing…): the call sends them as they are, shorthand.
import fetch from 'node-fetch';

export async function startFaceAuth(enrollmentReference, userReference, headers) {
  const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers,
    body: JSON.stringify({ enrollmentTransactionReference: enrollmentReference, userReference }),
  });
  const data = await res.json();
  return { url: data.redirectUrl, reference: data.transactionReference };
}
