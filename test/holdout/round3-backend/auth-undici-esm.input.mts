import { request } from 'undici';

const NETVERIFY = new URL('https://lon.netverify.com');
const INITIATE_PATH = '/api/authentication/v1/web/initiate';

type InitiateResult = { timestamp: string; redirectUrl: string; transactionReference: string };

export async function initiate(enrollmentReference: string, userReference: string): Promise<InitiateResult> {
  const { statusCode, body } = await request(new URL(INITIATE_PATH, NETVERIFY), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Basic ${Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64')}`,
    },
    body: JSON.stringify({ enrollmentTransactionReference: enrollmentReference, userReference }),
  });
  if (statusCode >= 400) throw new Error(`netverify ${statusCode}`);
  const result = (await body.json()) as InitiateResult;
  console.log('redirecting to', result.redirectUrl);
  return result;
}
