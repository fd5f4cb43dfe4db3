// Card payment return (React Router): the acquirer's query memoised from useLocation().search.
import { useMemo } from 'react';
import { useLocation } from 'react-router-dom';

export function PaymentResult() {
  const { search } = useLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const paid = params.get('transactionStatus') === 'AUTHORISED';
  return <p>{paid ? `Paid (${params.get('transactionReference')})` : 'Payment declined'}</p>;
}
