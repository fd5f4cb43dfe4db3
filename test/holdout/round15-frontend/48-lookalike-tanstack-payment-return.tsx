// TanStack Router route of the card payment's return URL, validated with zod.
import { createFileRoute } from '@tanstack/react-router';
import { fallback, zodValidator } from '@tanstack/zod-adapter';
import { z } from 'zod';

const paymentReturnSearch = z.object({
  transactionStatus: fallback(z.enum(['AUTHORISED', 'REFUSED', 'PENDING']), 'PENDING'),
  transactionReference: z.string().optional(),
});

export const Route = createFileRoute('/checkout/return')({
  validateSearch: zodValidator(paymentReturnSearch),
  component: PaymentReturn,
});

function PaymentReturn() {
  const { transactionStatus, transactionReference } = Route.useSearch();
  if (transactionStatus !== 'AUTHORISED') return <p>Payment not completed.</p>;
  return <p>Paid. Reference {transactionReference}</p>;
}
