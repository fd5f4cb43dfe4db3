// p-timeout settles with the value of the promise it is given: the reads after `await pTimeout(call, opts)` are
// reads of the details.
import pTimeout from 'p-timeout';
import axios from 'axios';

export async function faceLoginUser(ref: string): Promise<string | undefined> {
  const { data } = await pTimeout(axios.get<{ transactionReference: string; userReference?: string }>(`https://netverify.com/api/netverify/v2/authentications/${ref}`, {
    auth: { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' },
  }), { milliseconds: 3000 });
  return data.userReference;
}
