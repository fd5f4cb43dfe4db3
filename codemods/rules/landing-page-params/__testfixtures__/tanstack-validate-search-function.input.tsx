// Identity verification return route (TanStack Router), its search validated by a plain function.
import { createFileRoute } from '@tanstack/react-router';

interface VerifySearch {
  transactionStatus: 'SUCCESS' | 'ERROR';
  transactionReference?: string;
}

export const Route = createFileRoute('/verify/done')({
  validateSearch: (search: Record<string, unknown>): VerifySearch => ({
    transactionStatus: search['transactionStatus'] === 'SUCCESS' ? 'SUCCESS' : 'ERROR',
    transactionReference: search.transactionReference as string | undefined,
  }),
  component: VerifyDone,
});

function VerifyDone() {
  const search = Route.useSearch();
  return search.transactionStatus === 'SUCCESS' ? <p>Verified {search.transactionReference}</p> : <p>Failed</p>;
}
