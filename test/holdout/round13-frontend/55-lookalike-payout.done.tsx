// src/routes/payout.done.tsx — TanStack Router route for the bank transfer (payout) return URL.
import { createFileRoute } from '@tanstack/react-router';

type PayoutReturnSearch = { transactionStatus?: 'SUCCESS' | 'ERROR'; transactionReference?: string };

export const Route = createFileRoute('/payout/done')({
  validateSearch: (search: Record<string, unknown>): PayoutReturnSearch => ({
    transactionStatus: search.transactionStatus === 'SUCCESS' ? 'SUCCESS' : 'ERROR',
    transactionReference: typeof search.transactionReference === 'string' ? search.transactionReference : undefined,
  }),
  component: PayoutDone,
});

function PayoutDone() {
  const { transactionStatus, transactionReference } = Route.useSearch();
  if (transactionStatus === 'SUCCESS') return <p>Transfer sent to your beneficiary ({transactionReference})</p>;
  return <p>The transfer failed.</p>;
}
