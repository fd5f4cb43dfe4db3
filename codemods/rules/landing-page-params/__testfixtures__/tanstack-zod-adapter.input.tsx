// TanStack Router: the identity check's return route, its search validated through @tanstack/zod-adapter.
import { createFileRoute } from '@tanstack/react-router';
import { fallback, zodValidator } from '@tanstack/zod-adapter';
import { z } from 'zod';

const returnSearch = z.object({
  transactionStatus: fallback(z.enum(['SUCCESS', 'ERROR']), 'ERROR'),
  transactionReference: z.string().optional(),
  errorCode: z.coerce.number().optional(),
});

export const Route = createFileRoute('/kyc/return')({
  validateSearch: zodValidator(returnSearch),
  component: KycReturn,
});

function KycReturn() {
  const { transactionStatus, transactionReference } = Route.useSearch();
  return transactionStatus === 'SUCCESS' ? <p>Verified {transactionReference}</p> : <p>Verification failed</p>;
}
