// src/routes/identity/done.tsx — TanStack Router file route of the identity check's return URL (the success and error
// URLs are both /identity/done). The search schema is a valibot object, which the router takes as a Standard Schema:
// a return it rejects renders the route's error component instead of the page.
import { createFileRoute, Link, useSearch } from '@tanstack/react-router';
import * as v from 'valibot';
import { useIdentityCheck } from '@/features/identity/use-identity-check';

const RETURN_MESSAGES: Record<string, string> = {
  '9200': 'Your session expired before the capture started.',
  '9210': 'Your session expired during the capture.',
  '9820': 'We could not use your camera.',
  '9821': 'We could not capture your face. Please try again in good light.',
};

export const Route = createFileRoute('/identity/done')({
  validateSearch: v.object({
    transactionStatus: v.fallback(v.picklist(['SUCCESS', 'ERROR']), 'ERROR'),
    transactionReference: v.optional(v.pipe(v.string(), v.uuid())),
    errorCode: v.optional(v.string()),
  }),
  errorComponent: () => <p className="identity-done__error">The identity check returned an unexpected answer.</p>,
  component: IdentityDone,
});

function IdentityDone() {
  const search = useSearch({ from: '/identity/done' });
  const check = useIdentityCheck(search.transactionReference);

  if (search.transactionStatus === 'ERROR') {
    const message = (search.errorCode && RETURN_MESSAGES[search.errorCode]) || 'The identity check did not finish.';
    return (
      <main className="identity-done identity-done--error">
        <h1>Identity check incomplete</h1>
        <p>{message}</p>
        <Link to="/identity" search={{ retry: true }}>
          Try again
        </Link>
      </main>
    );
  }

  return (
    <main className="identity-done">
      <h1>Thanks, your documents are in review</h1>
      <ReferenceBadge reference={search.transactionReference} />
      {check.data?.decided && <Link to="/account">Continue to your account</Link>}
    </main>
  );
}

function ReferenceBadge({ reference }: { reference?: string }) {
  if (!reference) return null;
  return (
    <p className="identity-reference">
      Reference <code>{reference}</code>
    </p>
  );
}
