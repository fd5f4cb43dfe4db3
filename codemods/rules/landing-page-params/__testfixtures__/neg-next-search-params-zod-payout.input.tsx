// app/payouts/done/page.tsx (Next.js 15): the payout provider's return URL, its search params parsed with zod.
import { z } from 'zod';

const PayoutQuery = z.object({
  transactionStatus: z.enum(['PAID', 'FAILED']),
  transactionReference: z.string(),
});

export default async function PayoutDonePage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const parsed = PayoutQuery.safeParse(await searchParams);
  if (!parsed.success) return <p>Unknown payout.</p>;
  const { transactionStatus, transactionReference } = parsed.data;
  return transactionStatus === 'PAID' ? <p>Payout {transactionReference} sent</p> : <p>Payout failed</p>;
}
