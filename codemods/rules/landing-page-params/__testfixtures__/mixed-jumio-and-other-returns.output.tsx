import { useSearchParams } from 'react-router-dom';

// Jumio web client success/error URL.
export function JumioReturn() {
  const [params] = useSearchParams();
  const ok = params.get('acquisitionStatus') === 'SUCCESS';
  return ok ? <p>Done ({params.get('workflowExecutionId')})</p> : <p>Please try again.</p>;
}

// The bank's return URL after a wire transfer.
export const WireReturn = () => {
  const [query] = useSearchParams();
  return query.get('transactionStatus') === 'SUCCESS' ? <p>Sent: {query.get('transactionReference')}</p> : <p>Not sent.</p>;
};

// The shop's hosted checkout returns here.
export function CheckoutReturn() {
  const [search] = useSearchParams();
  // TODO(netverify-migrate): landing-page-params: reads transactionStatus, transactionReference from the query, but the code around it is about payments ('Order'): if this is a Jumio success/error page, KYX sends acquisitionStatus and workflowExecutionId instead
  const paid = search.get('transactionStatus') === 'SUCCESS';
  return <p>{paid ? `Order ${search.get('transactionReference')} confirmed` : 'Checkout failed'}</p>;
}
