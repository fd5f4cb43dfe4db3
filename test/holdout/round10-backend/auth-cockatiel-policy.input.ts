// Face re-authentication before a payout (EU): the Jumio call runs through a cockatiel retry + circuit-breaker policy.
import axios from 'axios';
import { ConsecutiveBreaker, ExponentialBackoff, circuitBreaker, handleAll, retry, wrap } from 'cockatiel';
import { enrollmentOf, saveFaceAuth } from './store';

const JUMIO_AUTH_URL = 'https://lon.netverify.com/api/authentication/v1/web/initiate';

const retryPolicy = retry(handleAll, { maxAttempts: 2, backoff: new ExponentialBackoff() });
const breaker = circuitBreaker(handleAll, { halfOpenAfter: 30_000, breaker: new ConsecutiveBreaker(5) });
const jumioPolicy = wrap(retryPolicy, breaker);

interface StartResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export async function startPayoutFaceCheck(userId: string, payoutId: string): Promise<string> {
  const enrollment = await enrollmentOf(userId);
  // The policy retries network errors and opens after five failures in a row.
  const { data } = await jumioPolicy.execute(() =>
    axios.post<StartResponse>(
      JUMIO_AUTH_URL,
      {
        enrollmentTransactionReference: enrollment,
        userReference: userId,
        successUrl: `https://app.acme.example/payouts/${payoutId}/confirmed`,
        errorUrl: `https://app.acme.example/payouts/${payoutId}/failed`,
        tokenLifetimeInMinutes: 10,
      },
      {
        auth: { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' },
        headers: { 'User-Agent': 'Acme Payouts/4.1' },
      },
    ),
  );
  await saveFaceAuth({ userId, reference: data.transactionReference, url: data.redirectUrl });
  return data.redirectUrl;
}
