// TanStack Router: the card payment's return route, its search validated through @tanstack/zod-adapter.
import { createFileRoute } from '@tanstack/react-router';
import { fallback, zodValidator } from '@tanstack/zod-adapter';
import { z } from 'zod';

const paymentSearch = z.object({
  transactionStatus: fallback(z.enum(['AUTHORISED', 'REFUSED']), 'REFUSED'),
  transactionReference: z.string().optional(),
});

export const Route = createFileRoute('/checkout/return')({
  validateSearch: zodValidator(paymentSearch),
  component: PaymentReturn,
});

function PaymentReturn() {
  const { transactionStatus, transactionReference } = Route.useSearch();
  return transactionStatus === 'AUTHORISED' ? <p>Paid {transactionReference}</p> : <p>Payment refused</p>;
}
