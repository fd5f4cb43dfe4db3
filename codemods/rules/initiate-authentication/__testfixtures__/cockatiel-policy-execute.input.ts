// A cockatiel policy (`wrap(retry, breaker)`, made in this file) runs the call: `policy.execute(fn)` settles with
// what `fn` resolves to, so the reads after it are reads of the response.
import axios from 'axios';
import { ConsecutiveBreaker, circuitBreaker, handleAll, retry, wrap } from 'cockatiel';

const retryPolicy = retry(handleAll, { maxAttempts: 2 });
const breaker = circuitBreaker(handleAll, { halfOpenAfter: 30_000, breaker: new ConsecutiveBreaker(5) });
const jumioPolicy = wrap(retryPolicy, breaker);

export async function startFaceCheck(userId: string, enrollment: string): Promise<{ url: string; ref: string }> {
  const { data } = await jumioPolicy.execute(() =>
    axios.post('https://lon.netverify.com/api/authentication/v1/web/initiate', {
      enrollmentTransactionReference: enrollment,
      userReference: userId,
    }, { auth: { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' } }),
  );
  return { url: data.redirectUrl, ref: data.transactionReference };
}
