// src/routes/onboarding/verified.tsx: the identity check's successUrl and errorUrl.
import { createFileRoute, redirect } from '@tanstack/react-router';
import * as v from 'valibot';
import { loadVerification } from '@/api/onboarding';

export const Route = createFileRoute('/onboarding/verified')({
  validateSearch: v.object({
    acquisitionStatus: v.optional(v.picklist(['SUCCESS', 'ERROR'])),
    workflowExecutionId: v.optional(v.string()),
    errorCode: v.optional(v.string()),
  }),
  beforeLoad(opts) {
    if (!opts.search.acquisitionStatus) throw redirect({ to: '/onboarding' });
  },
  loaderDeps: ({ search: { workflowExecutionId: transactionReference } }) => ({ reference: transactionReference }),
  loader: ({ deps }) => loadVerification(deps.reference),
  component: Verified,
});

function Verified() {
  const search = Route.useSearch();
  return search.acquisitionStatus === 'SUCCESS' ? <p>Verified ({search.workflowExecutionId})</p> : <p>Please try again.</p>;
}
