// TanStack Router route of the identity check's success/error URL (/kyc/return), validated with zod.
import { createFileRoute, Link } from '@tanstack/react-router';
import { fallback, zodValidator } from '@tanstack/zod-adapter';
import { z } from 'zod';

const kycReturnSearch = z.object({
  transactionStatus: fallback(z.enum(['SUCCESS', 'ERROR']), 'ERROR'),
  transactionReference: z.string().optional(),
  errorCode: z.coerce.number().optional(),
});

export const Route = createFileRoute('/kyc/return')({
  validateSearch: zodValidator(kycReturnSearch),
  component: KycReturn,
});

function KycReturn() {
  const { transactionStatus, transactionReference, errorCode } = Route.useSearch();
  if (transactionStatus === 'ERROR') {
    return <p>Verification failed ({errorCode}). <Link to="/kyc">Try again</Link></p>;
  }
  return <p>Thank you. Reference: {transactionReference}</p>;
}
