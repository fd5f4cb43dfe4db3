// A region map indexed at run time; the call goes through an axios instance that has no base URL.
import axios from 'axios';

type DataCenter = 'us' | 'eu' | 'sg';

const HOSTS: Record<DataCenter, string> = {
  us: 'https://netverify.com',
  eu: 'https://lon.netverify.com',
  sg: 'https://core-sgp.jumio.com',
};

const http = axios.create({ timeout: 8000, headers: { 'User-Agent': 'Globex Identity/6.0' } });

export async function startFaceLogin(dc: DataCenter, enrollmentRef: string, userRef: string) {
  const { data } = await http.post(`${HOSTS[dc]}/api/authentication/v1/web/initiate`, {
    enrollmentTransactionReference: enrollmentRef,
    userReference: userRef,
  }, {
    auth: { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' },
  });
  return { url: data.redirectUrl, ref: data.transactionReference };
}
