// src/routes/apply/identity/done.tsx — TanStack Router file route. The identity face check of a finance application
// sends the applicant back here (successUrl and errorUrl alike). The search schema is a plain zod object, which the
// router takes as a Standard Schema; `.catch` keeps a mangled status from rendering the error boundary.
import { createFileRoute, Link, redirect } from '@tanstack/react-router';
import { z } from 'zod';
import { fetchApplicationIdentity } from '@/api/applications';
import { Spinner } from '@/components/Spinner';

const identityReturnSearch = z.object({
  transactionStatus: z.enum(['SUCCESS', 'ERROR']).catch('ERROR'),
  transactionReference: z.string().optional(),
  errorCode: z.string().optional(),
});

export const Route = createFileRoute('/apply/identity/done')({
  validateSearch: identityReturnSearch,
  beforeLoad: ({ search }) => {
    // Three captures refused: the application has to continue with a dealer, not online.
    if (search.errorCode === '9836') {
      throw redirect({ to: '/apply/identity/dealer-visit' });
    }
  },
  loaderDeps: ({ search }) => ({ reference: search.transactionReference }),
  loader: ({ deps }) => (deps.reference ? fetchApplicationIdentity(deps.reference) : null),
  pendingComponent: () => <Spinner label="Checking your identity…" />,
  component: IdentityDone,
});

function IdentityDone() {
  const { transactionStatus, transactionReference, errorCode } = Route.useSearch();
  const identity = Route.useLoaderData();

  if (transactionStatus === 'ERROR') {
    return (
      <main className="apply-step apply-step--error">
        <h1>We could not check your identity</h1>
        <p>{errorCode ? `The check stopped with code ${errorCode}.` : 'The check was cancelled.'}</p>
        <Link to="/apply/identity" className="button">
          Try again
        </Link>
      </main>
    );
  }

  return (
    <main className="apply-step">
      <h1>{identity?.verified ? 'Identity verified' : 'Thanks, your photos are being reviewed'}</h1>
      <p className="muted">Reference {transactionReference}</p>
      <Link to="/apply/affordability" className="button">
        Continue your application
      </Link>
    </main>
  );
}
