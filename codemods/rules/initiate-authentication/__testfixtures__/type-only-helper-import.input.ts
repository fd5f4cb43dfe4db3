// A repository migrated in parts: this file names the KYX helper's token function in a type only.
import axios from 'axios';
import type { kyxAccessToken } from './kyx-auth.js';

export type TokenSource = typeof kyxAccessToken;

export async function startFaceLogin(enrollmentRef: string): Promise<string> {
  const { data } = await axios.post('https://netverify.com/api/authentication/v1/web/initiate', {
    enrollmentTransactionReference: enrollmentRef,
    successUrl: 'https://portal.example.com/face-login/done',
  }, {
    auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! },
  });
  return data.redirectUrl;
}
