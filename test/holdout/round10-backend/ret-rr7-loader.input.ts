// React Router v7 loader: the face-login result page reads the authentication (US).
import { data } from 'react-router';
import type { Route } from './+types/face-login-result';

interface AuthenticationDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  userReference?: string;
}

export async function loader({ params }: Route.LoaderArgs) {
  const res = await fetch(`https://netverify.com/api/netverify/v2/authentications/${params.reference}`, {
    headers: {
      Accept: 'application/json',
      Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64'),
    },
    signal: AbortSignal.timeout(5000),
  });
  if (!res.ok) throw data('Not found', { status: 404 });
  const details = (await res.json()) as AuthenticationDetails;
  return { passed: details.transactionResult === 'PASSED', reference: details.transactionReference, user: details.userReference ?? null };
}
