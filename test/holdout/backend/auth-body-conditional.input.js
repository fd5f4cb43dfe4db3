import fetch from 'node-fetch';

const defaults = { callbackUrl: 'https://api.example.com/jumio/callback' };

export async function initiateFaceMatch({ enrollmentRef, userReference, locale, lifetime }) {
  const body = { ...defaults, enrollmentTransactionReference: enrollmentRef, userReference };
  if (locale) body.locale = locale;
  body.successUrl = 'https://app.example.com/done';
  if (lifetime) {
    body.tokenLifetimeInMinutes = lifetime;
  }
  const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'Basic ' + process.env.JUMIO_BASIC },
    body: JSON.stringify(body),
  });
  const data = await res.json();
  return data?.redirectUrl ?? null;
}
