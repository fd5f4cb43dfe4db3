import type { APIRoute } from 'astro';
import { db, FaceSessions } from 'astro:db';

export const prerender = false;

export const POST: APIRoute = async ({ locals, url }) => {
  const user = locals.user;
  if (!user) return new Response(null, { status: 401 });

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
  const { redirectUrl, transactionReference } = await response.json();
  await db.insert(FaceSessions).values({ userId: user.id, reference: transactionReference });
  return Response.json({ redirectUrl });
};
