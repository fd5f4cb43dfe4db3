import { createFileRoute } from '@tanstack/react-router';
import { z } from 'zod';

// Payment gateway return page: /checkout/return?transactionStatus=APPROVED&transactionReference=…&amount=…
const returnSearch = z.object({
  transactionStatus: z.enum(['APPROVED', 'DECLINED', 'PENDING']),
  transactionReference: z.string(),
  amount: z.coerce.number(),
});

export const Route = createFileRoute('/checkout/return')({
  validateSearch: returnSearch,
  component: CheckoutReturn,
});

function CheckoutReturn() {
  const { transactionStatus, transactionReference, amount } = Route.useSearch();
  if (transactionStatus !== 'APPROVED') return <p>Payment declined.</p>;
  return <p>Paid {amount.toFixed(2)} (reference {transactionReference})</p>;
}
