// The Basic credentials are cached in Redis by the secrets job (EU); fetch reads them per call.
import { Redis } from 'ioredis';

const redis = new Redis(process.env.REDIS_URL!);

export async function faceLogin(enrollmentReference: string, userReference: string) {
  const basic = await redis.get('secrets:jumio:basic');
  const res = await fetch('https://lon.netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: { Authorization: `Basic ${basic}`, 'Content-Type': 'application/json', 'User-Agent': 'Acme Redis/1.0' },
    body: JSON.stringify({ enrollmentTransactionReference: enrollmentReference, userReference, callbackUrl: 'https://acme.eu/hooks/face' }),
  });
  const { redirectUrl, transactionReference } = (await res.json()) as { redirectUrl: string; transactionReference: string };
  await redis.set(`face:${userReference}`, transactionReference, 'EX', 3600);
  return redirectUrl;
}
