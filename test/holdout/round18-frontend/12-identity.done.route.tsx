// app/routes/identity.done.tsx (React Router 7, framework mode): the successUrl / errorUrl of the identity check.
import { data, Link } from 'react-router';
import type { Route } from './+types/identity.done';

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const status = url.searchParams.get('transactionStatus');
  const reference = url.searchParams.get('transactionReference');
  const errorCode = url.searchParams.get('errorCode');
  if (!status || !reference) throw data('Missing verification result', { status: 400 });
  return { verified: status === 'SUCCESS', reference, errorCode };
}

export function meta({ data: result }: Route.MetaArgs) {
  return [{ title: result?.verified ? 'Identity verified' : 'Identity check failed' }];
}

export default function IdentityDone({ loaderData }: Route.ComponentProps) {
  const { verified, reference, errorCode } = loaderData;
  if (!verified) {
    return (
      <main>
        <h1>We could not verify your identity</h1>
        <p>Error {errorCode ?? 'unknown'}. <Link to="/identity">Try again</Link></p>
      </main>
    );
  }
  return (
    <main>
      <h1>Identity verified</h1>
      <p>Your reference: {reference}</p>
    </main>
  );
}
