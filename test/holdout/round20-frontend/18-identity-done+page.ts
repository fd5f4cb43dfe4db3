// src/routes/identity/done/+page.ts — where the face check sends the user back (successUrl and errorUrl).
import { error, redirect } from '@sveltejs/kit';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ url, fetch }) => {
  const status = url.searchParams.get('transactionStatus');
  const reference = url.searchParams.get('transactionReference');
  if (!status || !reference) redirect(307, '/identity');

  if (status === 'ERROR') {
    return { verified: false, reference, errorCode: url.searchParams.get('errorCode') };
  }
  const res = await fetch(`/api/identity/${encodeURIComponent(reference)}/confirm`, { method: 'POST' });
  if (!res.ok) error(502, 'Could not confirm the identity check');
  return { verified: true, reference, errorCode: null };
};
