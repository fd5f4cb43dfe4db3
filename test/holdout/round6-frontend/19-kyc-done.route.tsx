import { createFileRoute } from '@tanstack/react-router';
import { z } from 'zod';

// The identity check's successUrl/errorUrl: /kyc/done?transactionStatus=…&transactionReference=…
const kycDoneSearch = z.object({
  transactionStatus: z.enum(['SUCCESS', 'ERROR']),
  transactionReference: z.string(),
  errorCode: z.coerce.number().optional(),
});

export const Route = createFileRoute('/kyc/done')({
  validateSearch: kycDoneSearch,
  component: KycDone,
});

function KycDone() {
  const { transactionStatus, transactionReference, errorCode } = Route.useSearch();
  if (transactionStatus !== 'SUCCESS') return <p>The identity check failed ({errorCode ?? 'unknown'}).</p>;
  return <p>Thanks! Reference {transactionReference}</p>;
}
