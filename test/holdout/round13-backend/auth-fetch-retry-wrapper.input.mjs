// fetch-retry wraps the global fetch (retries on 503 and network errors); the wrapped fetch calls Jumio (US).
import fetchRetry from 'fetch-retry';

const fetchWithRetry = fetchRetry(fetch, { retries: 3, retryDelay: 1000, retryOn: [503] });

export async function startFaceLogin(enrollment, userId) {
  const res = await fetchWithRetry('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Basic ${Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64')}`,
      'User-Agent': 'Acme Gym/1.1',
    },
    body: JSON.stringify({ enrollmentTransactionReference: enrollment, userReference: userId }),
  });
  const body = await res.json();
  return body.redirectUrl;
}
