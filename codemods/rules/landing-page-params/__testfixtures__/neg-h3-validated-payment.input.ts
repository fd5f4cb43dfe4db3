// server/routes/pay/return.get.ts — the payment gateway's redirect.
import { z } from 'zod';

const PaymentReturn = z.object({ transactionStatus: z.enum(['APPROVED', 'DECLINED']), transactionReference: z.string() });

export default defineEventHandler(async (event) => {
  const query = await getValidatedQuery(event, PaymentReturn.parse);
  return query.transactionStatus === 'APPROVED' ? sendRedirect(event, `/order/${query.transactionReference}`) : sendRedirect(event, '/order/failed');
});
