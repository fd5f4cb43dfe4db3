// The answer is cast to a DTO class of another module: the class stays as written; this file declares a KYX-shaped
// copy above the function and the cast names it.
import axios from 'axios';
import { FaceLoginStartedDto } from './step-up-dto.js';

export async function startFaceLogin(enrolment: string, userId: string): Promise<string> {
  const { data } = await axios.post('https://netverify.com/api/authentication/v1/web/initiate', {
    enrollmentTransactionReference: enrolment,
    userReference: userId,
  }, { auth: { username: process.env.NV_TOKEN!, password: process.env.NV_SECRET! } });
  const started = data as FaceLoginStartedDto;
  return `${started.redirectUrl}#${started.transactionReference}`;
}
