// await-to-js: `const [err, res] = await to(call)` settles with [error, value]: the reads on the second element are
// reads of the response.
import to from 'await-to-js';
import axios from 'axios';

export async function startFaceLogin(enrollment: string, userId: string) {
  const [err, res] = await to(
    axios.post('https://netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference: enrollment, userReference: userId }, {
      auth: { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' },
    }),
  );
  if (err || !res) throw new Error('face login unavailable');
  return { url: res.data.redirectUrl, ref: res.data.transactionReference };
}
