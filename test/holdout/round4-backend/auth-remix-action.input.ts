import { redirect, type ActionFunctionArgs } from '@remix-run/node';
import { getSession, commitSession } from '~/sessions.server';
import { requireUser } from '~/auth.server';

const NETVERIFY = 'https://netverify.com';

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const session = await getSession(request.headers.get('Cookie'));
  const form = await request.formData();
  const returnTo = String(form.get('returnTo') ?? '/account');

  const res = await fetch(`${NETVERIFY}/api/authentication/v1/web/initiate`, {
    method: 'POST',
    headers: {
      Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64'),
      'Content-Type': 'application/json',
      'User-Agent': 'Canopy Remix/1.0',
    },
    body: JSON.stringify({
      enrollmentTransactionReference: user.enrollmentRef,
      userReference: user.id,
      successUrl: new URL(`/face/complete?returnTo=${encodeURIComponent(returnTo)}`, request.url).toString(),
      errorUrl: new URL('/face/failed', request.url).toString(),
    }),
  });
  if (!res.ok) throw new Response('Face check unavailable', { status: 503 });

  const data = (await res.json()) as { redirectUrl: string; transactionReference: string };
  session.set('faceAuthRef', data.transactionReference);
  return redirect(data.redirectUrl, { headers: { 'Set-Cookie': await commitSession(session) } });
}
