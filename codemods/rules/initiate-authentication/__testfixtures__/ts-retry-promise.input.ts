// ts-retry-promise's retry(thunk, config) resolves with what the thunk resolves to: the response flows out of it.
// Its retryDecorator returns a function, not the response: a call through it is not followed that way.
import axios from 'axios';
import { retry, retryDecorator } from 'ts-retry-promise';

const auth = { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' };

export async function startFaceLogin(enrollment: string, userId: string) {
  const res = await retry(
    () => axios.post('https://netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference: enrollment, userReference: userId }, { auth }),
    { retries: 2, delay: 400 },
  );
  return { url: res.data.redirectUrl as string, reference: res.data.transactionReference as string };
}

// The decorated function's calls are not followed: the thunk's response leaves it whole (item).
const startWithRetries = retryDecorator(
  (enrollment: string) => axios.post('https://netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference: enrollment }, { auth }),
  { retries: 2 },
);

export async function startDecorated(enrollment: string) {
  const res = await startWithRetries(enrollment);
  return res.status;
}
