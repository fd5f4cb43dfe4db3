import { createFileRoute, useSearch } from '@tanstack/react-router';
import { z } from 'zod';

// /kyc/done?transactionStatus=…&transactionReference=…: the identity check's successUrl and errorUrl.
const kycDoneSearch = z.object({
  transactionStatus: z.enum(['SUCCESS', 'ERROR']),
  'transactionReference': z.string(),
  errorCode: z.coerce.number().optional(),
}).strict();

export const Route = createFileRoute('/kyc/done')({
  validateSearch: kycDoneSearch,
  component: KycDone,
});

function KycDone() {
  const { transactionStatus, transactionReference, errorCode } = Route.useSearch();
  if (transactionStatus !== 'SUCCESS') return <p>The identity check failed ({errorCode ?? 'unknown'}).</p>;
  return <p>Thanks! Reference {transactionReference}</p>;
}

// The same route's search, read in a child component.
export function KycReference() {
  const search = useSearch({ from: '/kyc/done' });
  return <small>{search.transactionStatus === 'SUCCESS' ? search.transactionReference : null}</small>;
}
