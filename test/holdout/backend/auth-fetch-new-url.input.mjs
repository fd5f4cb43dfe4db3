import { JUMIO_HOST_EU } from './jumio-hosts.js';

const AUTH_PATH = '/api/authentication/v1/web/initiate';

export async function initiateAuthentication(scanRef, user) {
  const url = new URL(AUTH_PATH, JUMIO_HOST_EU);
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      Authorization: `Basic ${Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64')}`,
    },
    body: JSON.stringify({
      enrollmentTransactionReference: scanRef,
      userReference: user.id,
      successUrl: 'https://app.example.com/auth/ok',
      errorUrl: 'https://app.example.com/auth/failed',
    }),
  });
  const { redirectUrl, transactionReference: authRef } = await response.json();
  await user.update({ lastAuthRef: authRef });
  return redirectUrl;
}
