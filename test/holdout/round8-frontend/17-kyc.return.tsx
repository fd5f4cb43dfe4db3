import { Link, useLoaderData } from 'react-router';
import type { Route } from './+types/kyc.return';

// React Router 7 (framework mode, SPA): Jumio sends the browser here after the identity check.
export async function clientLoader({ request }: Route.ClientLoaderArgs) {
  const url = new URL(request.url);
  return {
    status: url.searchParams.get('transactionStatus'),
    reference: url.searchParams.get('transactionReference'),
    errorCode: url.searchParams.get('errorCode'),
  };
}

export default function KycReturn() {
  const { status, reference, errorCode } = useLoaderData<typeof clientLoader>();
  if (status === 'SUCCESS') return <p>Thanks! Your reference is {reference}.</p>;
  return (
    <p>
      Verification failed ({errorCode}). <Link to="/kyc">Try again</Link>
    </p>
  );
}
