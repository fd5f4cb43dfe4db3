// src/routes/kyc/done/+page.ts — SvelteKit universal load for the Netverify identity check's return URL.
import type { PageLoad } from './$types';

export const load = (({ url: { searchParams } }) => ({
  verified: searchParams.get('transactionStatus') === 'SUCCESS',
  reference: searchParams.get('transactionReference'),
  errorCode: searchParams.get('errorCode'),
})) satisfies PageLoad;
