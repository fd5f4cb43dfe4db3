import CircuitBreaker from 'opossum';
import axios from 'axios';

interface NetverifyInitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

const AUTH_URL = 'https://netverify.com/api/authentication/v1/web/initiate';

async function callNetverify(enrollmentReference: string, userReference: string): Promise<NetverifyInitiateResponse> {
  const { data } = await axios.post<NetverifyInitiateResponse>(
    AUTH_URL,
    { enrollmentTransactionReference: enrollmentReference, userReference, locale: 'en-US' },
    { auth: { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' }, timeout: 5000 },
  );
  return data;
}

const breaker = new CircuitBreaker(callNetverify, { timeout: 7000, errorThresholdPercentage: 50, resetTimeout: 30000 });
breaker.fallback(() => {
  throw new Error('identity provider unavailable');
});

export async function beginFaceAuth(enrollmentReference: string, userReference: string) {
  const started = await breaker.fire(enrollmentReference, userReference);
  return { url: started.redirectUrl, reference: started.transactionReference };
}
