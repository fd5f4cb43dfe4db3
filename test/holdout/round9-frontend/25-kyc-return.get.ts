// server/routes/kyc/return.get.ts — the identity check's successUrl/errorUrl (Nitro/h3).
import { z } from 'zod';

const ReturnQuery = z.object({
  transactionStatus: z.enum(['SUCCESS', 'ERROR']),
  transactionReference: z.string().uuid(),
  errorCode: z.coerce.number().optional(),
});

export default defineEventHandler(async (event) => {
  const query = await getValidatedQuery(event, ReturnQuery.parse);
  const session = await useSession(event, { password: useRuntimeConfig().sessionPassword });
  if (query.transactionStatus === 'SUCCESS') {
    await session.update({ kycReference: query.transactionReference });
    return sendRedirect(event, '/onboarding/next');
  }
  return sendRedirect(event, `/onboarding/kyc?error=${query.errorCode ?? ''}`);
});
