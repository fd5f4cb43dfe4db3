// server/routes/checkout/return.get.ts (Nitro/h3): the payment gateway redirects here.
import { defineEventHandler, getRequestURL, sendRedirect } from 'h3';

export default defineEventHandler(async (event) => {
  const params = getRequestURL(event).searchParams;
  const status = params.get('transactionStatus');
  const reference = params.get('transactionReference');
  const amount = params.get('amount');
  await settleOrder(reference, amount, status === 'APPROVED');
  return sendRedirect(event, status === 'APPROVED' ? '/orders/thanks' : '/checkout?failed=1');
});

declare function settleOrder(reference: string | null, amount: string | null, ok: boolean): Promise<void>;
