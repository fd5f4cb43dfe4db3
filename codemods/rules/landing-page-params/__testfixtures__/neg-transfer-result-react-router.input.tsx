import { useSearchParams, Link } from 'react-router-dom';

// The open-banking provider sends the customer back here once they approved it in their bank app.
export default function TransferResult() {
  const [params] = useSearchParams();
  const status = params.get('transactionStatus');
  const reference = params.get('transactionReference');
  if (status !== 'SUCCESS') return <Link to="/transfers/new">The transfer was not sent, try again</Link>;
  return <p>Transfer sent. Reference {reference}</p>;
}
