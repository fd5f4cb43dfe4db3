// TanStack Router: the identity check's done route, its search validated through @tanstack/valibot-adapter's options form.
import { createFileRoute } from '@tanstack/react-router';
import { valibotValidator } from '@tanstack/valibot-adapter';
import * as v from 'valibot';

export const Route = createFileRoute('/kyc/done')({
  validateSearch: valibotValidator({
    schema: v.object({ transactionStatus: v.picklist(['SUCCESS', 'ERROR']), transactionReference: v.optional(v.string()) }),
    input: 'output',
  }),
  component: () => {
    const search = Route.useSearch();
    return search.transactionStatus === 'SUCCESS' ? <p>Verified {search.transactionReference}</p> : <p>Verification failed</p>;
  },
});
