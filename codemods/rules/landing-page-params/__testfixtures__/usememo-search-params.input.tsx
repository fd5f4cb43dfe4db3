// Netverify identity verification return (React Router): the query memoised from useLocation().search.
import { useMemo } from 'react';
import { useLocation } from 'react-router-dom';

export function VerificationResult() {
  const { search } = useLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const ok = params.get('transactionStatus') === 'SUCCESS';
  return <p>{ok ? `Verified (${params.get('transactionReference')})` : 'Verification failed'}</p>;
}
