// src/routes/kyc.done.tsx — TanStack Router file route for the identity check's return URL.
import { createFileRoute } from '@tanstack/react-router';

type KycReturnSearch = { transactionStatus?: 'SUCCESS' | 'ERROR'; transactionReference?: string; errorCode?: string };

export const Route = createFileRoute('/kyc/done')({
  validateSearch: (search: Record<string, unknown>): KycReturnSearch => ({
    transactionStatus: search.transactionStatus === 'SUCCESS' ? 'SUCCESS' : 'ERROR',
    transactionReference: typeof search.transactionReference === 'string' ? search.transactionReference : undefined,
    errorCode: typeof search.errorCode === 'string' ? search.errorCode : undefined,
  }),
  component: KycDone,
});

function KycDone() {
  const { transactionStatus, transactionReference, errorCode } = Route.useSearch();
  if (transactionStatus === 'SUCCESS') return <p>Identity verified ({transactionReference})</p>;
  return <p>Verification failed {errorCode ? `(${errorCode})` : ''}</p>;
}
