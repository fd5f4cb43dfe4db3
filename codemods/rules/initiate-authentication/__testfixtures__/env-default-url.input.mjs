// The URL comes from the environment with the legacy endpoint as its default: the setting may point anywhere,
// so the call is not rewritten, but it is flagged where it is made (not only where the default is written).
import { request } from 'undici';

const AUTH_URL = process.env.JUMIO_AUTH_URL ?? 'https://lon.netverify.com/api/authentication/v1/web/initiate';

export async function startStepUp(enrollmentTransactionReference) {
  const { body } = await request(AUTH_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Basic ${process.env.JUMIO_BASIC}` },
    body: JSON.stringify({ enrollmentTransactionReference }),
  });
  return (await body.json()).redirectUrl;
}
