// Nitro route: a PSP's payment notification validated by h3 with a zod schema.
import { z } from 'zod';

const PaymentNotification = z.object({
  eventType: z.literal('PAYMENT_CAPTURED'),
  transactionReference: z.string(),
  transactionResult: z.enum(['CAPTURED', 'REFUSED']),
});

export default defineEventHandler(async (event) => {
  const body = await readValidatedBody(event, PaymentNotification.parse);
  await useStorage('payments').setItem(body.transactionReference, body.transactionResult);
  return { received: true };
});
