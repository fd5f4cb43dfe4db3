// Nitro route: readValidatedBody with a zod schema that pins the callback type (h3 parses the form body).
import { z } from 'zod';

const FaceCallback = z.object({
  callBackType: z.literal('NETVERIFY_AUTHENTICATION'),
  transactionReference: z.string(),
  enrollmentTransactionReference: z.string(),
  transactionResult: z.enum(['PASSED', 'FAILED', 'INVALID', 'EXPIRED']),
  callbackDate: z.string(),
});

export default defineEventHandler(async (event) => {
  const body = await readValidatedBody(event, FaceCallback.parse);
  await useStorage('face-results').setItem(body.transactionReference, { result: body.transactionResult, at: body.callbackDate });
  return 'OK';
});
