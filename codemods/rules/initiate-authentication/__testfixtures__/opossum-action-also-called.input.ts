// The breaker's action is also called directly (a warm-up): what it returns leaves through that call too, so the
// response is flagged as leaving whole (the reads after fire() are not proven to be the only ones).
import CircuitBreaker from 'opossum';
import axios from 'axios';

async function callNetverify(enrollmentReference: string, userReference: string) {
  const { data } = await axios.post(
    'https://netverify.com/api/authentication/v1/web/initiate',
    { enrollmentTransactionReference: enrollmentReference, userReference },
    { auth: { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' } },
  );
  return data;
}

const breaker = new CircuitBreaker(callNetverify, { timeout: 7000 });

export async function warmUp() {
  return callNetverify('warm-up', 'warm-up');
}

export async function beginFaceAuth(enrollmentReference: string, userReference: string) {
  const started = await breaker.fire(enrollmentReference, userReference);
  return { url: started.redirectUrl, reference: started.transactionReference };
}
