// The Basic credentials fetched from a secret manager in parallel and destructured from the array: once the call
// uses the KYX helper they are no longer read, but the fetches stay (they may do more): an item says so.
import got from 'got';
import { vault } from './vault';

export async function startFaceLogin(enrollmentReference: string, userId: string) {
  const [apiToken, apiSecret] = await Promise.all([vault.getSecret('nv-token'), vault.getSecret('nv-secret')]);
  const started = await got
    .post('https://netverify.com/api/authentication/v1/web/initiate', {
      json: { enrollmentTransactionReference: enrollmentReference, userReference: userId },
      username: apiToken.value,
      password: apiSecret.value,
    })
    .json<{ redirectUrl: string }>();
  return started.redirectUrl;
}
