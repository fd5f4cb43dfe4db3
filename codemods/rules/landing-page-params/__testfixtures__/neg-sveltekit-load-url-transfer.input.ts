// Open-banking transfer return (the bank redirects back with the payment status): not a Jumio landing page.
import type { PageLoad } from './$types';

export const load = (({ url: { searchParams } }) => ({
  transferred: searchParams.get('transactionStatus') === 'SUCCESS',
  transferReference: searchParams.get('transactionReference'),
})) satisfies PageLoad;
