import axios from 'axios';

// An axios instance whose config (held in a variable) carries the legacy Basic credentials: axios would send them
// instead of any Authorization header, so the migrated call must override the instance's auth.
const jumioConfig = {
  baseURL: 'https://lon.netverify.com/api/authentication/v1',
  auth: { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' },
  timeout: 10_000,
};
const jumio = axios.create(jumioConfig);

export async function startFaceLogin(enrollmentReference: string, userId: string): Promise<string> {
  const res = await jumio.post('/web/initiate', {
    enrollmentTransactionReference: enrollmentReference,
    userReference: userId,
  }, { headers: { 'User-Agent': 'Acme Login/3.1' } });
  return res.data.redirectUrl;
}
