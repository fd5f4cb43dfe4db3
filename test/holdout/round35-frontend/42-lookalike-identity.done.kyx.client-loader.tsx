// app/routes/identity.done.tsx — a route module of the React Router 7 app (framework mode, `ssr: false`), on the KYX
// web client since the spring release. The identity check's success and error URLs both point here: the clientLoader
// reads the outcome the web client appended, asks the app's API where the check stands and hands the page what it
// needs; an authentication failure (KYX code 9836) goes to the support page before anything renders.
import { Link, redirect } from 'react-router';
import type { Route } from './+types/identity.done';
import { api } from '~/lib/api';
import { identityEvents } from '~/lib/analytics';

type CheckState = 'pending' | 'approved' | 'rejected';

export async function clientLoader({ request }: Route.ClientLoaderArgs) {
  const { searchParams } = new URL(request.url);
  const status = searchParams.get('acquisitionStatus');
  const executionId = searchParams.get('workflowExecutionId');
  const accountId = searchParams.get('accountId');
  const errorCode = searchParams.get('errorCode');

  if (status !== 'SUCCESS' || !executionId || !accountId) {
    identityEvents.failed({ executionId, errorCode });
    if (Number(errorCode) === 9836) throw redirect('/identity/support');
    return { verified: false as const, executionId, errorCode };
  }

  const check = await api.get<{ state: CheckState }>(`/identity/accounts/${accountId}/executions/${executionId}`);
  identityEvents.completed({ executionId, state: check.state });
  return { verified: true as const, executionId, state: check.state };
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
        Reference <code>{loaderData.executionId}</code>
      </p>
      {loaderData.state === 'rejected' && <Link to="/support">Contact support</Link>}
      <Link to="/account">Continue to your account</Link>
    </section>
  );
}
