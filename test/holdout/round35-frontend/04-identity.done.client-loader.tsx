// app/routes/identity.done.tsx — a route module of the React Router 7 app (framework mode, `ssr: false`). The identity
// check's success and error URLs both point here: the clientLoader reads the outcome the web client appended, asks
// the app's API where the check stands and hands the page what it needs; a check that may not be retried yet goes
// to the waiting page before anything renders.
import { Link, redirect } from 'react-router';
import type { Route } from './+types/identity.done';
import { api } from '~/lib/api';
import { identityEvents } from '~/lib/analytics';

type CheckState = 'pending' | 'approved' | 'rejected';

export async function clientLoader({ request }: Route.ClientLoaderArgs) {
  const { searchParams } = new URL(request.url);
  const status = searchParams.get('transactionStatus');
  const reference = searchParams.get('transactionReference');
  const errorCode = searchParams.get('errorCode');

  if (status !== 'SUCCESS' || !reference) {
    identityEvents.failed({ reference, errorCode });
    if (Number(errorCode) === 9836) throw redirect('/identity/locked');
    return { verified: false as const, reference, errorCode };
  }

  const check = await api.get<{ state: CheckState }>(`/identity/checks/${encodeURIComponent(reference)}`);
  identityEvents.completed({ reference, state: check.state });
  return { verified: true as const, reference, state: check.state };
}

clientLoader.hydrate = true as const;

export function HydrateFallback() {
  return <p className="identity-done__loading">Checking your identity verification…</p>;
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: data?.verified ? 'Identity check received' : 'Identity check incomplete' }];
}

export default function IdentityDone({ loaderData }: Route.ComponentProps) {
  if (!loaderData.verified) {
    return (
      <section className="identity-done identity-done--failed">
        <h1>We could not verify your identity</h1>
        {loaderData.errorCode && <p>Error code {loaderData.errorCode}</p>}
        <Link to="/identity?retry=1">Try again</Link>
      </section>
    );
  }

  return (
    <section className="identity-done">
      <h1>{loaderData.state === 'approved' ? 'Identity verified' : 'Thanks, your documents are in review'}</h1>
      <p>
        Reference <code>{loaderData.reference}</code>
      </p>
      {loaderData.state === 'rejected' && <Link to="/support">Contact support</Link>}
      <Link to="/account">Continue to your account</Link>
    </section>
  );
}
