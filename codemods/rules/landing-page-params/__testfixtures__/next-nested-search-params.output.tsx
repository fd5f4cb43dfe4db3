// app/kyc/done/page.tsx — the identity check's return page destructures searchParams in its parameter; its
// generateMetadata reads the same query through the same Props type.
type Props = { searchParams: { acquisitionStatus?: 'SUCCESS' | 'ERROR'; workflowExecutionId?: string } };

export function generateMetadata({ searchParams }: Props) {
  return { title: searchParams.acquisitionStatus === 'SUCCESS' ? 'Identity verified' : 'Identity check failed' };
}

export default function KycDonePage({ searchParams: { acquisitionStatus: transactionStatus, workflowExecutionId: transactionReference } }: Props) {
  return transactionStatus === 'SUCCESS' ? <p>Verified ({transactionReference})</p> : <p>Verification failed</p>;
}
