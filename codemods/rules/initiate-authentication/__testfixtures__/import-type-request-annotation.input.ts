// The request type comes from a sibling module in a type-only import that also brings a type the file keeps.
import axios from 'axios';
import type { LegacyAuthRequest, Member } from './face-login-types.js';

export async function startFaceLogin(member: Member): Promise<string> {
  const body: LegacyAuthRequest = {
    enrollmentTransactionReference: member.enrollmentReference,
    userReference: member.id,
    successUrl: 'https://portal.example.com/face-login/done',
  };
  const { data } = await axios.post('https://netverify.com/api/authentication/v1/web/initiate', body, {
    auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! },
  });
  return data.redirectUrl;
}
