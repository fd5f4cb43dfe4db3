'use server';

import { redirect } from 'next/navigation';
import { cookies } from 'next/headers';
import { findEnrollmentReference, saveFaceAuth } from './store.js';

const AUTH_ENDPOINT = 'https://netverify.com/api/authentication/v1/web/initiate';

export async function startFaceLogin(formData: FormData) {
  const userId = String(formData.get('userId'));
  const enrollmentTransactionReference = await findEnrollmentReference(userId);
  const res = await fetch(AUTH_ENDPOINT, {
    method: 'POST',
    cache: 'no-store',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      Authorization: `Basic ${process.env.JUMIO_BASIC_AUTH}`,
    },
    body: JSON.stringify({
      enrollmentTransactionReference,
      userReference: userId,
      successUrl: `${process.env.APP_URL}/login/face/success`,
      locale: cookies().get('locale')?.value ?? 'en',
    }),
  });
  if (!res.ok) throw new Error('Could not start face login');
  const { redirectUrl, transactionReference } = await res.json();
  await saveFaceAuth({ userId, reference: transactionReference });
  redirect(redirectUrl);
}
