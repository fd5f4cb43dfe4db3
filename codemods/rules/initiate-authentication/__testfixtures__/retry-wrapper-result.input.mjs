// The response comes out of a retry wrapper: what pRetry / retry resolve with is the call's response.
import axios from 'axios';
import pRetry from 'p-retry';
import retry from 'async-retry';

const URL = 'https://netverify.com/api/authentication/v1/web/initiate';
const auth = { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET };

export async function withPRetry(enrollment, user) {
  const res = await pRetry(() => axios.post(URL, { enrollmentTransactionReference: enrollment, userReference: user }, { auth }), { retries: 2 });
  return { url: res.data.redirectUrl, ref: res.data.transactionReference };
}

export async function withAsyncRetry(enrollment, user) {
  const { data } = await retry(async () => {
    return axios.post(URL, { enrollmentTransactionReference: enrollment, userReference: user }, { auth });
  });
  return data.redirectUrl;
}
