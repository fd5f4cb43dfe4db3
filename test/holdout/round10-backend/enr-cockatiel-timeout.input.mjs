// Onboarding (US): the v4 initiate runs under a cockatiel timeout that aborts the fetch after 10 s.
import { TimeoutStrategy, timeout } from 'cockatiel';

const V4_INITIATE = 'https://netverify.com/api/v4/initiate';
const onboardingTimeout = timeout(10_000, TimeoutStrategy.Aggressive);

export async function createOnboardingLink(customer) {
  const res = await onboardingTimeout.execute(({ signal }) =>
    fetch(V4_INITIATE, {
      method: 'POST',
      signal,
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64'),
      },
      body: JSON.stringify({
        customerInternalReference: customer.id,
        userReference: customer.id,
        workflowId: 200,
        successUrl: 'https://onboarding.acme.example/kyc/done',
      }),
    }),
  );
  const session = await res.json();
  return { link: session.redirectUrl, scanReference: session.transactionReference };
}
