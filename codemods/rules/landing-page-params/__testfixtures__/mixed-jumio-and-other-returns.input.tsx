import { useSearchParams } from 'react-router-dom';

// Jumio web client success/error URL.
export function JumioReturn() {
  const [params] = useSearchParams();
  const ok = params.get('transactionStatus') === 'SUCCESS';
  return ok ? <p>Done ({params.get('transactionReference')})</p> : <p>Please try again.</p>;
}

// The bank's return URL after a wire transfer.
export const WireReturn = () => {
  const [query] = useSearchParams();
  return query.get('transactionStatus') === 'SUCCESS' ? <p>Sent: {query.get('transactionReference')}</p> : <p>Not sent.</p>;
};

// The shop's hosted checkout returns here.
export function CheckoutReturn() {
  const [search] = useSearchParams();
  const paid = search.get('transactionStatus') === 'SUCCESS';
  return <p>{paid ? `Order ${search.get('transactionReference')} confirmed` : 'Checkout failed'}</p>;
}
