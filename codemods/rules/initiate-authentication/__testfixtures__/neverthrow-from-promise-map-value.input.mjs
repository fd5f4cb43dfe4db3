// neverthrow: the initiate's failure is a value; the answer is read from the Result after isOk().
import axios from 'axios';
import { ResultAsync } from 'neverthrow';

export async function startStepUp(user) {
  const result = await ResultAsync.fromPromise(
    axios.post('https://netverify.com/api/authentication/v1/web/initiate', {
      enrollmentTransactionReference: user.enrollmentRef,
      userReference: user.id,
    }, { auth: { username: process.env.NV_TOKEN, password: process.env.NV_SECRET } }),
    (e) => ({ kind: 'vendor', message: String(e) }),
  ).map((response) => response.data);
  if (result.isErr()) return { ok: false, reason: result.error.message };
  return { ok: true, url: result.value.redirectUrl, reference: result.value.transactionReference };
}
