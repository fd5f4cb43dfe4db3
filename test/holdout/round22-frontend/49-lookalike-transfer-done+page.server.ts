// src/routes/transfers/done/+page.server.ts — where the bank sends the browser back once the transfer is approved.
import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals, cookies }) => {
  const query = url.searchParams;
  const status = query.get('transactionStatus') ?? 'ERROR';
  const reference = query.get('transactionReference');

  if (status === 'SUCCESS' && reference) {
    await locals.transfers.settle(reference);
    cookies.delete('transfer_pending', { path: '/' });
    redirect(303, '/transfers');
  }

  return { reference, errorCode: query.get('errorCode') };
};
