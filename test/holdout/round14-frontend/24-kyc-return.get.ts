// server/routes/kyc/return.get.ts (Nitro/h3): Netverify redirects here after the identity check.
import { defineEventHandler, getRequestURL, sendRedirect } from 'h3';

export default defineEventHandler(async (event) => {
  const params = getRequestURL(event).searchParams;
  const status = params.get('transactionStatus');
  const reference = params.get('transactionReference');
  await markKyc(reference, status === 'SUCCESS');
  return sendRedirect(event, status === 'SUCCESS' ? '/onboarding/next' : '/onboarding/kyc?retry=1');
});

declare function markKyc(reference: string | null, ok: boolean): Promise<void>;
