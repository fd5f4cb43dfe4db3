// SvelteKit server hook: the payout provider's return URL after a withdrawal to the payee's bank account.
import type { Handle } from '@sveltejs/kit';
import { redirect } from '@sveltejs/kit';

export const handle: Handle = async ({ event, resolve }) => {
  if (event.url.pathname === '/payouts/complete') {
    const { searchParams } = event.url;
    const status = searchParams.get('transactionStatus');
    const reference = searchParams.get('transactionReference');
    const payeeId = event.locals.payeeId;
    if (status === 'SUCCESS' && reference) {
      event.cookies.set('last_payout', `${payeeId}:${reference}`, { path: '/', httpOnly: true });
    } else {
      redirect(303, `/payees/${payeeId}/payouts?failed=1`);
    }
  }
  return resolve(event);
};
