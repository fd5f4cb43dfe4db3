import { createClient } from './api-client';

// `$fetch` here is the app's own client (it signs requests with a session), not ofetch: its call shape is unknown.
const $fetch = createClient({ signer: 'session' });

export async function openVerification(enrollmentReference: string) {
  const res = await $fetch('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    body: { enrollmentTransactionReference: enrollmentReference },
  });
  return res.redirectUrl;
}
