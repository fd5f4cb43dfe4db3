import axios from 'axios';

const HOST = 'https://lon.netverify.com';
const API = HOST + '/api/authentication/v1';

export async function faceLogin(enrollmentRef, lifetime) {
  const response = await axios.post(API + '/web/initiate', {
    enrollmentTransactionReference: enrollmentRef,
    tokenLifetimeInMinutes: Number(lifetime),
    successUrl: 'https://app.example.com/ok?' + 'x=' + 'y'.repeat(10),
  }, {
    auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET },
  }).then(function (response) {
    return response;
  });
  const { data: { redirectUrl: url = '/fallback', transactionReference } = {} } = response;
  return { url, transactionReference };
}
