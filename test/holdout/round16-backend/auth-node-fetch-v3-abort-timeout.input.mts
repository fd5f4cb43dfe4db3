// node-fetch v3 (ESM only, .mts) with AbortSignal.timeout (EU); the body in a const of the function.
import fetch from 'node-fetch';

const credentials = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

export async function beginFaceCheck(enrollment: string, customerId: string) {
  const payload = {
    enrollmentTransactionReference: enrollment,
    userReference: customerId,
    errorUrl: 'https://acme.fr/face/erreur',
    locale: 'fr',
  };
  const res = await fetch('https://lon.netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: { Authorization: `Basic ${credentials}`, 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(payload),
    signal: AbortSignal.timeout(8_000),
  });
  if (!res.ok) throw new Error(`face check failed with ${res.status}`);
  const data = (await res.json()) as { redirectUrl: string; transactionReference: string };
  return { href: data.redirectUrl, ref: data.transactionReference };
}
