// SvelteKit 2 page load (src/routes/account/face-login/[reference]/+page.server.ts): the face login's result page asks
// the Singapore data centre for the authentication and hands the page what it shows.
import { error } from '@sveltejs/kit';
import { JUMIO_API_SECRET, JUMIO_API_TOKEN } from '$env/static/private';
import type { PageServerLoad } from './$types';

interface FaceLoginDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

export const load: PageServerLoad = async ({ params, fetch, locals, depends }) => {
  depends('app:face-login');
  if (!locals.user) error(401, 'Sign in first');

  const res = await fetch(`https://core-sgp.jumio.com/api/netverify/v2/authentications/${params.reference}`, {
    headers: {
      Accept: 'application/json',
      Authorization: `Basic ${btoa(`${JUMIO_API_TOKEN}:${JUMIO_API_SECRET}`)}`,
      'User-Agent': 'Lumen App/3.4',
    },
  });
  if (res.status === 404) error(404, 'Unknown face login');
  if (!res.ok) error(502, 'Face login result unavailable');

  const details = (await res.json()) as FaceLoginDetails;
  return {
    faceLogin: {
      reference: details.transactionReference,
      passed: details.transactionResult === 'PASSED',
      pending: details.transactionResult === 'CREATED' || details.transactionResult === 'STARTED',
      member: details.userReference ?? null,
    },
  };
};
