import { request } from 'undici';

const DETAILS_PATH = '/api/netverify/v2/authentications';
const NETVERIFY_EU = 'https://lon.netverify.com';

export async function authenticationStatus(reference: string): Promise<string> {
  // The template opens with the constant: `${DETAILS_PATH}/…` resolved against the data centre's origin.
  const url = new URL(`${DETAILS_PATH}/${encodeURIComponent(reference)}`, NETVERIFY_EU);
  const { body } = await request(url, {
    headers: { authorization: `Basic ${process.env.NETVERIFY_BASIC}`, accept: 'application/json' },
  });
  const details = (await body.json()) as { transactionReference: string; userReference?: string };
  return `${details.transactionReference}:${details.userReference ?? '-'}`;
}
