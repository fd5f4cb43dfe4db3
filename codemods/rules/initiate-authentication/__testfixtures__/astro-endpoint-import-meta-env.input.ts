// src/pages/api/face/start.ts: an Astro endpoint (server only); import.meta.env holds the server's private variables.
import type { APIRoute } from 'astro';

export const POST: APIRoute = async ({ locals, url }) => {
  const user = locals.user;
  const response = await fetch('https://lon.netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: 'Basic ' + btoa(`${import.meta.env.JUMIO_API_TOKEN}:${import.meta.env.JUMIO_API_SECRET}`),
    },
    body: JSON.stringify({
      enrollmentTransactionReference: user.jumioEnrollment,
      userReference: user.id,
      successUrl: new URL('/account/face/done', url).href,
    }),
  });
  const { redirectUrl } = await response.json();
  return Response.json({ redirectUrl });
};
