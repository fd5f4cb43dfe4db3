// A higher-order wrapper: withTimeout(fn, ms) wraps an async arrow that calls axios (US); the wrapped function is exported.
import axios from 'axios';

function withTimeout<A extends unknown[], R>(fn: (...args: A) => Promise<R>, ms: number) {
  return (...args: A) =>
    Promise.race([fn(...args), new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);
}

const credentials = { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' };

export const startFaceLogin = withTimeout(async (enrollment: string, userId: string) => {
  const { data } = await axios.post(
    'https://netverify.com/api/authentication/v1/web/initiate',
    { enrollmentTransactionReference: enrollment, userReference: userId, locale: 'es-MX' },
    { auth: credentials, headers: { 'User-Agent': 'Acme Lending/1.7' } },
  );
  return { url: data.redirectUrl as string, reference: data.transactionReference as string };
}, 8000);
