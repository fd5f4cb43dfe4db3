import { useSearchParams } from 'react-router-dom';

export function KycReturn() {
  const [searchParams] = useSearchParams();
  const status = searchParams.get('transactionStatus');
  const reference = searchParams.get('transactionReference');
  return <p>{status === 'SUCCESS' ? `Done (${reference})` : 'Please try again'}</p>;
}
