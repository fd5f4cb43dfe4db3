// SvelteKit server hook: the identity check's return URL sets the verification cookie.
import type { Handle } from '@sveltejs/kit';
import { redirect } from '@sveltejs/kit';

export const handle: Handle = async ({ event, resolve }) => {
  if (event.url.pathname === '/kyc/complete') {
    const { searchParams } = event.url;
    const status = searchParams.get('transactionStatus');
    const reference = searchParams.get('transactionReference');
    if (status === 'SUCCESS' && reference) {
      event.cookies.set('kyc_ref', reference, { path: '/', httpOnly: true });
    } else {
      redirect(303, `/kyc?failed=${searchParams.get('errorCode') ?? ''}`);
    }
  }
  return resolve(event);
};
