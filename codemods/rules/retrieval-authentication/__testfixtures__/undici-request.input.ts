import { request } from 'undici';
import { JUMIO_API, USER_AGENT } from './constants.js';

export async function authenticationStatus(authRef: string, basicAuth: string) {
  const url = `${JUMIO_API}/authentications/${authRef}`;
  const { statusCode, body } = await request(url, {
    method: 'GET',
    headers: { accept: 'application/json', authorization: 'Basic ' + basicAuth, 'user-agent': USER_AGENT },
  });
  if (statusCode === 404) return undefined;
  const result = (await body.json()) as { transactionReference: string; transactionResult: string; userReference?: string };
  return { reference: result['transactionReference'], result: result.transactionResult };
}
