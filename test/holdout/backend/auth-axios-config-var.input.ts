import axios from 'axios';

const JUMIO_URL = 'https://lon.netverify.com/api/authentication/v1/web/initiate';

export async function faceAuthentication(enrollmentTransactionReference: string, successUrl: string) {
  const config = {
    method: 'post',
    url: JUMIO_URL,
    data: { enrollmentTransactionReference, successUrl, tokenLifetimeInMinutes: 90 },
    auth: { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' },
    headers: { 'User-Agent': 'Acme/9' },
  };
  const { data } = await axios.request<{ redirectUrl: string; transactionReference: string }>(config);
  return data;
}
