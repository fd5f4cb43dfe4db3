// undici.request with throwOnError; a legacy response interface; the body read with body.json() (SGP).
import { request } from 'undici';

interface NetverifyAuthResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

const SGP_INITIATE = 'https://core-sgp.jumio.com/api/authentication/v1/web/initiate';

export async function startStepUp(enrollment: string, userId: string): Promise<{ url: string; reference: string }> {
  const payload = {
    enrollmentTransactionReference: enrollment,
    userReference: userId,
    locale: 'zh-HK',
  };
  const { body } = await request(SGP_INITIATE, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      'user-agent': 'Acme Securities/3.3',
      authorization: `Basic ${Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64')}`,
    },
    body: JSON.stringify(payload),
    throwOnError: true,
  });
  const session = (await body.json()) as NetverifyAuthResponse;
  return { url: session.redirectUrl, reference: session.transactionReference };
}
