// Identity verification return route (TanStack Router), its search validated by a plain function.
import { createFileRoute } from '@tanstack/react-router';

interface VerifySearch {
  acquisitionStatus: 'SUCCESS' | 'ERROR';
  workflowExecutionId?: string;
}

export const Route = createFileRoute('/verify/done')({
  validateSearch: (search: Record<string, unknown>): VerifySearch => ({
    acquisitionStatus: search['acquisitionStatus'] === 'SUCCESS' ? 'SUCCESS' : 'ERROR',
    workflowExecutionId: search.workflowExecutionId as string | undefined,
  }),
  component: VerifyDone,
});

function VerifyDone() {
  const search = Route.useSearch();
  return search.acquisitionStatus === 'SUCCESS' ? <p>Verified {search.workflowExecutionId}</p> : <p>Failed</p>;
}
