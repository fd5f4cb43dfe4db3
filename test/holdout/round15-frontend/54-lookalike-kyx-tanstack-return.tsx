// TanStack Router route of the identity check's success/error URL, already on KYX.
import { createFileRoute } from '@tanstack/react-router';
import { fallback, zodValidator } from '@tanstack/zod-adapter';
import { z } from 'zod';

const kycReturnSearch = z.object({
  acquisitionStatus: fallback(z.enum(['SUCCESS', 'ERROR']), 'ERROR'),
  workflowExecutionId: z.string().optional(),
  accountId: z.string().optional(),
});

export const Route = createFileRoute('/kyc/return')({
  validateSearch: zodValidator(kycReturnSearch),
  component: KycReturn,
});

function KycReturn() {
  const { acquisitionStatus, workflowExecutionId } = Route.useSearch();
  return acquisitionStatus === 'SUCCESS' ? <p>Verified ({workflowExecutionId})</p> : <p>Verification failed</p>;
}
