// app/kyc/done/page.tsx: the page hands its searchParams promise unawaited to the outcome, which awaits it.
import { Suspense } from 'react';

interface KycReturn {
  transactionStatus?: string;
  transactionReference?: string;
}

async function KycOutcome({ search }: { search: Promise<KycReturn> }) {
  const { transactionStatus, transactionReference } = await search;
  return <p>{transactionStatus === 'SUCCESS' ? `Verified (${transactionReference})` : 'Please try again'}</p>;
}

export default function KycDonePage({ searchParams }: { searchParams: Promise<KycReturn> }) {
  return (
    <Suspense fallback={<p>Checking…</p>}>
      <KycOutcome search={searchParams} />
    </Suspense>
  );
}
