import axios from 'axios';

export async function authResultOrNull(ref) {
  return axios
    .get(`https://netverify.com/api/netverify/v2/authentications/${ref}`, { auth: { username: process.env.T, password: process.env.S } })
    .then((r) => r.data.transactionResult)
    .catch(() => null);
}
