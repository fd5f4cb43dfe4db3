import axios from 'axios';
import type { NetverifyAuthentication } from './jumio-types.js';

export async function isSameUser(reference: string, userId: string): Promise<boolean> {
  const response = await axios.request<NetverifyAuthentication>({
    url: `https://core-sgp.jumio.com/api/netverify/v2/authentications/${reference}`,
    method: 'GET',
    auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! },
  });
  return response.data.userReference === userId && response.data?.transactionReference === reference;
}
