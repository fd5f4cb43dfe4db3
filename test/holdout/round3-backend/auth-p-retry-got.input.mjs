import got from 'got';
import pRetry, { AbortError } from 'p-retry';

const INITIATE = 'https://netverify.com/api/authentication/v1/web/initiate';

export async function initiateWithRetry(enrollmentReference, userReference) {
  const result = await pRetry(
    () =>
      got
        .post(INITIATE, {
          json: { enrollmentTransactionReference: enrollmentReference, userReference },
          username: process.env.JUMIO_TOKEN,
          password: process.env.JUMIO_SECRET,
          timeout: { request: 8000 },
        })
        .json()
        .catch((err) => {
          if (err.response?.statusCode === 400) throw new AbortError(err.message);
          throw err;
        }),
    { retries: 3, minTimeout: 500 },
  );
  return { redirectUrl: result.redirectUrl, transactionReference: result.transactionReference };
}
