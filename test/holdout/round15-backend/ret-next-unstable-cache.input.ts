// Next.js (US): the details read inside unstable_cache; only derived fields leave the cached function.
import { unstable_cache } from 'next/cache';

interface LegacyAuthentication {
  transactionReference: string;
  userReference?: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
}

export const faceLoginStatus = unstable_cache(
  async (reference: string) => {
    const res = await fetch(`https://netverify.com/api/netverify/v2/authentications/${reference}`, {
      headers: { Authorization: `Basic ${process.env.JUMIO_BASIC}`, Accept: 'application/json' },
      cache: 'no-store',
    });
    const details = (await res.json()) as LegacyAuthentication;
    return { passed: details.transactionResult === 'PASSED', user: details.userReference ?? null };
  },
  ['face-login-status'],
  { revalidate: 30 },
);
