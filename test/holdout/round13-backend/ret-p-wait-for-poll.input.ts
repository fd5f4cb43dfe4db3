// Polling the authentication result with p-wait-for (EU); the last details are kept in a let.
import pWaitFor from 'p-wait-for';

interface AuthDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  userReference?: string;
}

const AUTH = `Basic ${Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64')}`;

export async function waitForFaceLogin(reference: string): Promise<boolean> {
  let passed = false;
  await pWaitFor(
    async () => {
      const res = await fetch(`https://lon.netverify.com/api/netverify/v2/authentications/${reference}`, {
        headers: { Accept: 'application/json', Authorization: AUTH, 'User-Agent': 'Acme Bank Ops/1.0' },
      });
      if (!res.ok) return false;
      const details = (await res.json()) as AuthDetails;
      passed = details.transactionResult === 'PASSED';
      return details.transactionResult !== 'CREATED' && details.transactionResult !== 'STARTED';
    },
    { interval: 40_000, timeout: 15 * 60_000 },
  );
  return passed;
}
