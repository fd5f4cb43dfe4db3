// src/routes/api/face-auth/+server.ts
import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { JUMIO_API_TOKEN, JUMIO_API_SECRET } from '$env/static/private';

const JUMIO_INITIATE = 'https://lon.netverify.com/api/authentication/v1/web/initiate';

export const POST: RequestHandler = async ({ locals, url, fetch }) => {
  const user = locals.user;
  if (!user) throw error(401, 'not signed in');

  const response = await fetch(JUMIO_INITIATE, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      authorization: 'Basic ' + btoa(`${JUMIO_API_TOKEN}:${JUMIO_API_SECRET}`),
      'user-agent': 'Fjord Bank/2.1',
    },
    body: JSON.stringify({
      enrollmentTransactionReference: user.jumioEnrollment,
      callbackUrl: `${url.origin}/api/jumio/callback`,
      successUrl: `${url.origin}/security/face?done=1`,
    }),
  });
  if (!response.ok) throw error(502, 'Jumio unavailable');

  const { redirectUrl, transactionReference } = await response.json();
  locals.session.set('faceAuthRef', transactionReference);
  return json({ redirectUrl });
};
