import { request } from 'undici';

export async function initiate(enrollmentRef: string): Promise<{ link: string; ref: string }> {
  const { statusCode, body } = await request('https://lon.netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: 'Basic ' + process.env.JUMIO_BASIC_AUTH,
    },
    body: JSON.stringify({ enrollmentTransactionReference: enrollmentRef }),
  });
  if (statusCode !== 200) throw new Error(`initiate failed ${statusCode}`);
  const json = (await body.json()) as { redirectUrl?: string; transactionReference?: string };
  const { redirectUrl: link = '', transactionReference: ref = 'unknown' } = json;
  return { link, ref };
}
