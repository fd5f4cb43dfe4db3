// src/routes/api/face-auth/+server.js
import { error, json } from '@sveltejs/kit';
import { JUMIO_API_TOKEN, JUMIO_API_SECRET } from '$env/static/private';

const JUMIO_INITIATE = 'https://lon.netverify.com/api/authentication/v1/web/initiate';

/** @type {import('./$types').RequestHandler} */
export async function POST({ locals, url, fetch }) {
  if (!locals.user) throw error(401, 'not signed in');
  const response = await fetch(JUMIO_INITIATE, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: 'Basic ' + btoa(`${JUMIO_API_TOKEN}:${JUMIO_API_SECRET}`),
    },
    body: JSON.stringify({ enrollmentTransactionReference: locals.user.jumioEnrollment, callbackUrl: `${url.origin}/api/jumio/callback` }),
  });
  if (!response.ok) throw error(502, 'Jumio unavailable');
  const { redirectUrl } = await response.json();
  return json({ redirectUrl });
}

// Not SvelteKit's event: a `fetch` handed in by a test harness is left alone.
export function makeClient({ fetch }) {
  return () => fetch('https://lon.netverify.com/api/authentication/v1/web/initiate', { method: 'POST', body: '{}' });
}
