// The Jumio base URL is validated with envalid; its default is the EU data centre.
import { cleanEnv, str, url } from 'envalid';

const env = cleanEnv(process.env, {
  JUMIO_BASE_URL: url({ default: 'https://lon.netverify.com' }),
  JUMIO_API_TOKEN: str(),
  JUMIO_API_SECRET: str(),
});

export async function startFaceLogin(enrollmentReference: string, userId: string) {
  const res = await fetch(`${env.JUMIO_BASE_URL}/api/authentication/v1/web/initiate`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Basic ${Buffer.from(`${env.JUMIO_API_TOKEN}:${env.JUMIO_API_SECRET}`).toString('base64')}`,
    },
    body: JSON.stringify({ enrollmentTransactionReference: enrollmentReference, userReference: userId }),
  });
  const json = (await res.json()) as { redirectUrl: string; transactionReference: string };
  return json.redirectUrl;
}
