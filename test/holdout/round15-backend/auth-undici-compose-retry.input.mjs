// undici 7 (US): a dispatcher composed with the retry interceptor (it retries idempotent and non-idempotent methods
// given in its options).
import { Agent, fetch, interceptors } from 'undici';

const dispatcher = new Agent().compose(interceptors.retry({ maxRetries: 3, methods: ['GET', 'POST', 'PUT'] }));
const auth = 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

export async function startFaceLogin(enrollment, userId) {
  const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    dispatcher,
    headers: { authorization: auth, 'content-type': 'application/json' },
    body: JSON.stringify({ enrollmentTransactionReference: enrollment, userReference: userId }),
  });
  const json = await res.json();
  return { url: json.redirectUrl, reference: json.transactionReference };
}
