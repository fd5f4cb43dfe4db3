// server/routes/pay/return.get.ts — Interswitch WebPAY redirect after payment.
import { z } from 'zod';

const PaymentReturn = z.object({
  transactionStatus: z.enum(['APPROVED', 'DECLINED', 'PENDING']),
  transactionReference: z.string(),
  amount: z.coerce.number(),
});

export default defineEventHandler(async (event) => {
  const query = await getValidatedQuery(event, PaymentReturn.parse);
  if (query.transactionStatus === 'APPROVED') {
    await markOrderPaid(query.transactionReference, query.amount);
    return sendRedirect(event, '/order/thanks');
  }
  return sendRedirect(event, '/order/payment-failed');
});
