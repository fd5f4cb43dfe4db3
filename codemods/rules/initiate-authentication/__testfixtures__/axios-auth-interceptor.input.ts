import axios from 'axios';
import { randomUUID } from 'node:crypto';

// Every call of this instance carries the API user's Basic credentials.
const netverify = axios.create({ baseURL: 'https://lon.netverify.com/api', timeout: 10000 });
netverify.interceptors.request.use((config) => {
  config.headers.Authorization = `Basic ${Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64')}`;
  return config;
});

// Only a request id on this one: harmless to a Bearer token.
const traced = axios.create({ timeout: 10000 });
traced.interceptors.request.use((config) => {
  config.headers['X-Request-Id'] = randomUUID();
  return config;
});

export async function startFaceLogin(enrollmentReference: string): Promise<string> {
  const { data } = await netverify.post('/authentication/v1/web/initiate', { enrollmentTransactionReference: enrollmentReference });
  return data.redirectUrl;
}

export async function startTracedFaceLogin(enrollmentReference: string): Promise<string> {
  const { data } = await traced.post(
    'https://netverify.com/api/authentication/v1/web/initiate',
    { enrollmentTransactionReference: enrollmentReference },
    { auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! } },
  );
  return data.redirectUrl;
}
