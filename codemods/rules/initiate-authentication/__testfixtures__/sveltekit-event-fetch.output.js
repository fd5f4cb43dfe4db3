// src/routes/api/face-auth/+server.js
import { error, json } from '@sveltejs/kit';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';

/** @type {import('./$types').RequestHandler} */
export async function POST({ locals, url, fetch }) {
  if (!locals.user) throw error(401, 'not signed in');
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(locals.user.jumioEnrollment);
  const response = await fetch(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    method: 'PUT',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await kyxAccessToken('emea-1')}`,
    },
    body: JSON.stringify({ customerInternalReference: locals.user.jumioEnrollment, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, callbackUrl: `${url.origin}/api/jumio/callback` }),
  });
  if (!response.ok) throw error(502, 'Jumio unavailable');
  const { web: { href: redirectUrl } } = await response.json();
  return json({ redirectUrl });
}

// Not SvelteKit's event: a `fetch` handed in by a test harness is left alone.
export function makeClient({ fetch }) {
  return () => fetch('https://lon.netverify.com/api/authentication/v1/web/initiate', { method: 'POST', body: '{}' });
}
