// src/routes/onboarding/verified.tsx: the identity check's successUrl and errorUrl.
import { createFileRoute, redirect } from '@tanstack/react-router';
import * as v from 'valibot';
import { loadVerification } from '@/api/onboarding';

export const Route = createFileRoute('/onboarding/verified')({
  validateSearch: v.object({
    transactionStatus: v.optional(v.picklist(['SUCCESS', 'ERROR'])),
    transactionReference: v.optional(v.string()),
    errorCode: v.optional(v.string()),
  }),
  beforeLoad(opts) {
    if (!opts.search.transactionStatus) throw redirect({ to: '/onboarding' });
  },
  loaderDeps: ({ search: { transactionReference } }) => ({ reference: transactionReference }),
  loader: ({ deps }) => loadVerification(deps.reference),
  component: Verified,
});

function Verified() {
  const search = Route.useSearch();
  return search.transactionStatus === 'SUCCESS' ? <p>Verified ({search.transactionReference})</p> : <p>Please try again.</p>;
}
