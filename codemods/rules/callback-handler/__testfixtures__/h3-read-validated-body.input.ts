// Nitro route: h3 validates the posted form with a zod schema handed to readValidatedBody.
import { z } from 'zod';

const FaceLoginCallback = z.object({
  callBackType: z.literal('NETVERIFY_AUTHENTICATION'),
  transactionReference: z.string(),
  transactionResult: z.enum(['PASSED', 'FAILED', 'INVALID', 'EXPIRED']),
});

export default defineEventHandler(async (event) => {
  const body = await readValidatedBody(event, (raw) => FaceLoginCallback.parse(raw));
  await useStorage('face-login').setItem(body.transactionReference, body.transactionResult);
  return 'OK';
});
