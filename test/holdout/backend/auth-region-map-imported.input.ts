import axios from 'axios';
import { JUMIO_REGION_HOSTS, USER_AGENT } from './jumio-hosts.js';

type Region = 'US' | 'EU' | 'SG';

export async function startAuthentication(region: Region, enrollmentReference: string) {
  const url = JUMIO_REGION_HOSTS[region] + '/api/authentication/v1/web/initiate';
  const res = await axios.post(
    url,
    { enrollmentTransactionReference: enrollmentReference },
    {
      auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! },
      headers: { 'User-Agent': USER_AGENT },
    },
  );
  return res.data?.redirectUrl as string | undefined;
}
