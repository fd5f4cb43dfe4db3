// src/routes/identity/done/+page.server.ts — where the face check sends the browser back (successUrl and errorUrl).
import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals, cookies }) => {
  const query = url.searchParams;
  const status = query.get('transactionStatus') ?? 'ERROR';
  const reference = query.get('transactionReference');

  if (status === 'SUCCESS' && reference) {
    await locals.identity.confirm(reference);
    cookies.delete('identity_pending', { path: '/' });
    redirect(303, '/account');
  }

  return { reference, errorCode: query.get('errorCode') };
};
