// server/routes/kyc/return.get.ts — the identity check's success and error URL.
import { z } from 'zod';

const ReturnQuery = z.object({
  acquisitionStatus: z.enum(['SUCCESS', 'ERROR']),
  'workflowExecutionId': z.string().uuid(),
  errorCode: z.coerce.number().optional(),
});

export default defineEventHandler(async (event) => {
  const query = await getValidatedQuery(event, (q) => ReturnQuery.parse(q));
  if (query.acquisitionStatus !== 'SUCCESS') return sendRedirect(event, `/kyc?error=${query.errorCode ?? ''}`);
  await useStorage('kyc').setItem(query.workflowExecutionId, { at: Date.now() });
  return sendRedirect(event, '/welcome');
});
