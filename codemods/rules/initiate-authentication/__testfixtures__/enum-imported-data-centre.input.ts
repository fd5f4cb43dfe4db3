import axios from 'axios';
import { DataCentre } from './data-centres';

export async function startFaceLogin(enrollmentReference: string, userId: string) {
  const response = await axios.post(
    `${DataCentre.EU}/api/authentication/v1/web/initiate`,
    { enrollmentTransactionReference: enrollmentReference, userReference: userId },
    { auth: { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' } },
  );
  return { url: response.data.redirectUrl, reference: response.data.transactionReference };
}
