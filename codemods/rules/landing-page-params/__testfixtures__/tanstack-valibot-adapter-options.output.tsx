// TanStack Router: the identity check's done route, its search validated through @tanstack/valibot-adapter's options form.
import { createFileRoute } from '@tanstack/react-router';
import { valibotValidator } from '@tanstack/valibot-adapter';
import * as v from 'valibot';

export const Route = createFileRoute('/kyc/done')({
  validateSearch: valibotValidator({
    schema: v.object({ acquisitionStatus: v.picklist(['SUCCESS', 'ERROR']), workflowExecutionId: v.optional(v.string()) }),
    input: 'output',
  }),
  component: () => {
    const search = Route.useSearch();
    return search.acquisitionStatus === 'SUCCESS' ? <p>Verified {search.workflowExecutionId}</p> : <p>Verification failed</p>;
  },
});
