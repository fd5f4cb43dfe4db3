import axios from 'axios';
import type { JumioAuthInitResponse } from './jumio-types.js';

const jumio = axios.create({
  baseURL: 'https://netverify.com/api/authentication/v1',
  auth: { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' },
  headers: { 'User-Agent': 'Acme Identity/4.2' },
});

export async function startFaceLogin(enrollmentRef: string, userId: string): Promise<string> {
  const { data } = await jumio.post<JumioAuthInitResponse>('/web/initiate', {
    enrollmentTransactionReference: enrollmentRef,
    userReference: userId,
    locale: 'en-GB',
  });
  return data.redirectUrl;
}
