import axios from 'axios';
import type { paths } from './netverify-openapi';

// The response type looked up in openapi-typescript's output (round 45): written out as the KYX shape here.
type InitiateOk = paths['/api/authentication/v1/web/initiate']['post']['responses'][200]['content']['application/json'];

export async function startFaceAuth(enrollmentReference: string, userId: string): Promise<string> {
  const { data } = await axios.post<InitiateOk>('https://netverify.com/api/authentication/v1/web/initiate', {
    enrollmentTransactionReference: enrollmentReference,
    userReference: userId,
  }, { auth: { username: process.env.NV_TOKEN!, password: process.env.NV_SECRET! } });
  return data.redirectUrl;
}
