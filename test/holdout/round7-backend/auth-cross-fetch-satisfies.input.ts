import fetch from 'cross-fetch';

type Region = 'us' | 'eu' | 'sg';

const JUMIO_ORIGIN = {
  us: 'https://netverify.com',
  eu: 'https://lon.netverify.com',
  sg: 'https://core-sgp.jumio.com',
} as const satisfies Record<Region, string>;

interface LegacyAuthRequest {
  enrollmentTransactionReference: string;
  userReference?: string;
  successUrl?: string;
  errorUrl?: string;
  locale?: string;
}

export async function startFaceAuth(region: Region, enrollment: string, userRef: string) {
  const body = {
    enrollmentTransactionReference: enrollment,
    userReference: userRef,
    successUrl: 'https://app.example.com/auth/ok',
    errorUrl: 'https://app.example.com/auth/error',
  } satisfies LegacyAuthRequest;
  const response = await fetch(`${JUMIO_ORIGIN[region]}/api/authentication/v1/web/initiate`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64'),
    },
    body: JSON.stringify(body),
  });
  const json: { redirectUrl: string; transactionReference: string } = await response.json();
  return { url: json.redirectUrl, ref: json.transactionReference };
}
