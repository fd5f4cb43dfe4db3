// app/kyc/done/page.tsx (Next.js 15): the identity check's success/error URL, its search params parsed with zod.
import { z } from 'zod';
import { redirect } from 'next/navigation';

const ReturnQuery = z.object({
  acquisitionStatus: z.enum(['SUCCESS', 'ERROR']),
  workflowExecutionId: z.string().uuid(),
  errorCode: z.string().optional(),
});

export default async function KycDonePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const parsed = ReturnQuery.safeParse(await searchParams);
  if (!parsed.success) redirect('/kyc');
  const { acquisitionStatus: transactionStatus, workflowExecutionId: transactionReference, errorCode } = parsed.data;
  if (transactionStatus === 'ERROR') return <p>Verification failed ({errorCode ?? 'unknown'}).</p>;
  return <p>Verified. Reference {transactionReference}</p>;
}
