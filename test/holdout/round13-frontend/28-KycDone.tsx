// React Router v6 route element for the identity verification return (Netverify redirect).
import { useMemo } from 'react';
import { useLocation, Navigate } from 'react-router-dom';

export default function KycDone() {
  const { search } = useLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const status = params.get('transactionStatus');
  const reference = params.get('transactionReference');

  if (status !== 'SUCCESS') return <Navigate to={`/kyc/failed?code=${params.get('errorCode') ?? ''}`} replace />;
  return <p>Thanks, your identity is verified (reference {reference}).</p>;
}
