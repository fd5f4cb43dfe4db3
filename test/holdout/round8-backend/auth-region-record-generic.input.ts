// Multi-region identity service: the tenant's data centre picks the Jumio host.
import axios from 'axios';

export type DataCenter = 'us' | 'eu' | 'sg';

interface LegacyResp {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

const HOSTS: Record<DataCenter, string> = {
  us: 'https://netverify.com',
  eu: 'https://lon.netverify.com',
  sg: 'https://core-sgp.jumio.com',
};

const http = axios.create({ timeout: 8000, headers: { 'User-Agent': 'Globex Identity/6.0' } });

export async function initiateFaceAuthentication(dc: DataCenter, enrollmentRef: string, userRef: string) {
  const { data } = await http.post<LegacyResp>(`${HOSTS[dc]}/api/authentication/v1/web/initiate`, {
    enrollmentTransactionReference: enrollmentRef,
    userReference: userRef,
  }, {
    auth: { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' },
  });
  return { webUrl: data.redirectUrl, jumioRef: data.transactionReference };
}
