import axios from 'axios';

export function faceAuth(ref, userReference, callbackUrl) {
  return axios
    .post(
      'https://lon.netverify.com/api/authentication/v1/web/initiate',
      { enrollmentTransactionReference: ref, userReference, callbackUrl },
      { auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET } },
    )
    .then((response) => response.data)
    .then(({ redirectUrl, transactionReference }) => ({ url: redirectUrl, id: transactionReference }));
}
