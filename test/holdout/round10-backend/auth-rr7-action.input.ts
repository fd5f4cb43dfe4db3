// React Router v7 route module (framework mode): the face-login form posts here (EU).
import { redirect } from 'react-router';
import type { Route } from './+types/face-login';
import { enrollmentOf, saveFaceAuth } from './store';

const NETVERIFY_EU = 'https://lon.netverify.com';

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const userId = String(form.get('userId'));
  const res = await fetch(NETVERIFY_EU + '/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: 'Basic ' + btoa(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`),
      'User-Agent': 'Acme Web/7.0',
    },
    body: JSON.stringify({
      enrollmentTransactionReference: await enrollmentOf(userId),
      userReference: userId,
      successUrl: new URL('/face-login/done', request.url).href,
    }),
  });
  if (!res.ok) return { error: 'Face login is unavailable right now.' };
  const json = await res.json();
  await saveFaceAuth({ userId, reference: json.transactionReference });
  return redirect(json.redirectUrl);
}
