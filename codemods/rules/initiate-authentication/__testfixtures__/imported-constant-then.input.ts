import axios from 'axios';
import { JUMIO_AUTH_INITIATE_URL, JUMIO_USER_AGENT } from './config';

export function requestFaceCheck(enrollmentTransactionReference: string, callbackUrl: string) {
  return axios
    .post(
      JUMIO_AUTH_INITIATE_URL,
      { enrollmentTransactionReference, callbackUrl },
      { headers: { 'User-Agent': JUMIO_USER_AGENT }, auth: { username: 'token', password: 'secret' } },
    )
    .then((response) => response.data)
    .then((data) => {
      const link = data?.redirectUrl;
      const reference = data['transactionReference'];
      return { link, reference };
    });
}
