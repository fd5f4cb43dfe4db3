// undici request with an AbortSignal timeout; the headers object checked with satisfies (US).
import { request } from 'undici';
import type { IncomingHttpHeaders } from 'node:http';

const JUMIO = 'https://netverify.com';

export async function readAuthentication(reference: string) {
  const headers = {
    accept: 'application/json',
    authorization: `Basic ${Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64')}`,
    'user-agent': 'Acme Gaming/3.1',
  } satisfies IncomingHttpHeaders;
  const { body } = await request(`${JUMIO}/api/netverify/v2/authentications/${reference}`, { headers, signal: AbortSignal.timeout(4000) });
  const details = (await body.json()) as { transactionReference: string; transactionResult: string; userReference?: string };
  return { reference: details.transactionReference, user: details.userReference, result: details.transactionResult };
}
