import { useSearch } from '@tanstack/react-router';

// The /kyc/done route and its validateSearch schema live in routes/kyc/done.tsx.
export function KycDoneBanner() {
  const { transactionStatus, transactionReference } = useSearch({ from: '/kyc/done' });
  return transactionStatus === 'SUCCESS' ? <p>Submitted ({transactionReference})</p> : <p>Not submitted</p>;
}
