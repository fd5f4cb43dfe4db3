import { useSearch } from '@tanstack/react-router';

// The /kyc/done route and its validateSearch schema live in routes/kyc/done.tsx.
export function KycDoneBanner() {
  // TODO(netverify-migrate): landing-page-params: the route's validateSearch schema (declared in another module) names the redirect parameters: rename transactionStatus and transactionReference there to acquisitionStatus and workflowExecutionId, as the reads here were
  const { acquisitionStatus: transactionStatus, workflowExecutionId: transactionReference } = useSearch({ from: '/kyc/done' });
  return transactionStatus === 'SUCCESS' ? <p>Submitted ({transactionReference})</p> : <p>Not submitted</p>;
}
