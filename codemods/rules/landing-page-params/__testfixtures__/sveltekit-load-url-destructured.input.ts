// A SvelteKit universal load of the identity check's return URL, destructuring url.searchParams in its parameter.
import type { PageLoad } from './$types';

export const load = (({ url: { searchParams } }) => ({
  verified: searchParams.get('transactionStatus') === 'SUCCESS',
  reference: searchParams.get('transactionReference'),
})) satisfies PageLoad;
