// An authentication body spreading a const of page URLs and a lifetime (its one use): the const is mapped with the
// body — web.successUrl / web.errorUrl, tokenLifetime '30m' — and the body's own fields as usual.
import axios from 'axios';

const FACE_LOGIN_DEFAULTS = {
  successUrl: 'https://acme.com/face/ok',
  errorUrl: 'https://acme.com/face/failed',
  tokenLifetimeInMinutes: 30,
} as const;

export async function startFaceLogin(enrollmentReference: string, userId: string): Promise<string> {
  const { data } = await axios.post('https://netverify.com/api/authentication/v1/web/initiate', {
    ...FACE_LOGIN_DEFAULTS,
    enrollmentTransactionReference: enrollmentReference,
    userReference: userId,
  }, { auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! } });
  return data.redirectUrl;
}
