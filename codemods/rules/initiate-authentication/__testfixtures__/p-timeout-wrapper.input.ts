// p-timeout settles with the value of the promise it is given (or rejects on timeout): the reads after
// `await pTimeout(call, { milliseconds })` are reads of the response.
import pTimeout from 'p-timeout';
import axios from 'axios';

export async function startFaceLogin(enrollment: string, userId: string) {
  const { data } = await pTimeout(
    axios.post('https://netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference: enrollment, userReference: userId }, {
      auth: { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' },
    }),
    { milliseconds: 5000 },
  );
  return { url: data.redirectUrl, ref: data.transactionReference };
}
