import axios from 'axios';

const JUMIO_HOST = 'https://lon.netverify.com',
  INITIATE_PATH = '/api/authentication/v1/web/initiate',
  CALLBACK_URL = process.env.PUBLIC_URL + '/jumio/callback';
const apiToken = process.env.JUMIO_API_TOKEN ?? '', apiSecret = process.env.JUMIO_API_SECRET ?? '', basic = Buffer.from(`${apiToken}:${apiSecret}`).toString('base64');

export async function startFaceAuthentication(enrollmentReference: string, userReference: string) {
  const { data } = await axios.post(JUMIO_HOST + INITIATE_PATH, {
    enrollmentTransactionReference: enrollmentReference,
    userReference,
    callbackUrl: CALLBACK_URL,
  }, {
    headers: { Authorization: `Basic ${basic}`, 'User-Agent': 'acme-kyc/1.0' },
  });
  return data.redirectUrl as string;
}

export function callbackTarget() {
  return CALLBACK_URL;
}
