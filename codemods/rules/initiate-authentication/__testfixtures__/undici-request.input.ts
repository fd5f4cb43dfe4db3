import { request } from 'undici';

type LegacyInitiateResponse = { timestamp: string; redirectUrl: string; transactionReference: string };

export async function initiate(ref: string) {
  const { statusCode, body } = await request('https://netverify.com/api/auth/v1/initiate', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Basic ${process.env.JUMIO_BASIC}`,
      'user-agent': 'Example/1.0',
    },
    body: JSON.stringify({ enrollmentTransactionReference: ref, errorUrl: 'https://example.com/error' }),
  });
  if (statusCode !== 200) throw new Error('initiate failed');
  const result = (await body.json()) as LegacyInitiateResponse;
  return result?.redirectUrl ?? null;
}
