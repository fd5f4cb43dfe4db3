const JUMIO_HOST = 'https://core-sgp.jumio.com';

interface LegacyAuthResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference?: string;
}

// The older Authentication path, a URL object, and a promise chain in a non-async function.
export function openFaceLogin(enrollmentReference: string, userReference: string) {
  return fetch(new URL('/api/auth/v1/initiate', JUMIO_HOST), {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: 'Basic ' + btoa(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`),
    },
    body: JSON.stringify({ enrollmentTransactionReference: enrollmentReference, userReference, locale: 'en' }),
  })
    .then((res) => res.json() as Promise<LegacyAuthResponse>)
    .then(({ redirectUrl, transactionReference }) => ({ redirectUrl, transactionReference }));
}
