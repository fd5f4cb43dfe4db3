// app/transfers/done/page.tsx: the child is also given a saved transfer, not only the page's query.
import { Suspense } from 'react';
import { lastTransfer } from '@/lib/transfers';

type TransferReturn = { transactionStatus?: string; transactionReference?: string };

async function Outcome({ search }: { search: Promise<TransferReturn> }) {
  const { transactionStatus, transactionReference } = await search;
  return <p>{transactionStatus === 'SUCCESS' ? `Sent (${transactionReference})` : 'Not sent'}</p>;
}

export default function TransferDonePage({ searchParams }: { searchParams: Promise<TransferReturn> }) {
  return (
    <Suspense fallback={<p>Loading…</p>}>
      <Outcome search={searchParams} />
      <Outcome search={lastTransfer()} />
    </Suspense>
  );
}
