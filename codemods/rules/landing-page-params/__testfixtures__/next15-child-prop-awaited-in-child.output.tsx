// app/kyc/done/page.tsx: the page hands its searchParams promise unawaited to the outcome, which awaits it.
import { Suspense } from 'react';

interface KycReturn {
  acquisitionStatus?: string;
  workflowExecutionId?: string;
}

async function KycOutcome({ search }: { search: Promise<KycReturn> }) {
  const { acquisitionStatus: transactionStatus, workflowExecutionId: transactionReference } = await search;
  return <p>{transactionStatus === 'SUCCESS' ? `Verified (${transactionReference})` : 'Please try again'}</p>;
}

export default function KycDonePage({ searchParams }: { searchParams: Promise<KycReturn> }) {
  return (
    <Suspense fallback={<p>Checking…</p>}>
      <KycOutcome search={searchParams} />
    </Suspense>
  );
}
