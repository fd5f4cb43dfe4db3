import axios from 'axios';

export function stepUp(ref) {
  return axios
    .post('https://netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference: ref }, { auth: { username: process.env.T, password: process.env.S } })
    .then(({ data: { redirectUrl: url, transactionReference: id } }) => ({ url, id }));
}
