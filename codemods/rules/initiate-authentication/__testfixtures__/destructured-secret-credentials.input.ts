import axios from 'axios';
import { getSecret } from './secrets';

export async function startFaceAuthentication(enrollmentReference: string) {
  const { token, secret } = await getSecret('jumio');
  const response = await axios.post(
    'https://core-sgp.jumio.com/api/authentication/v1/web/initiate',
    { enrollmentTransactionReference: enrollmentReference },
    { headers: { Authorization: `Basic ${Buffer.from(`${token}:${secret}`).toString('base64')}` } },
  );
  return response.data.redirectUrl as string;
}
