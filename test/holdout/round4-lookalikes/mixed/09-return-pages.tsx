import { useSearchParams } from 'react-router-dom';

// The pages third parties send the customer back to.

// Jumio web client success/error URL.
export function KycReturn() {
  const [params] = useSearchParams();
  const ok = params.get('transactionStatus') === 'SUCCESS';
  return ok ? <p>Identity verified ({params.get('transactionReference')})</p> : <p>The identity check failed.</p>;
}

// The card acquirer's return URL after a payment: same two parameter names, statuses APPROVED / DECLINED.
export function PaymentReturn() {
  const [search] = useSearchParams();
  const status = search.get('transactionStatus');
  const reference = search.get('transactionReference');
  return status === 'APPROVED' ? <p>Payment {reference} received, thank you.</p> : <p>Payment declined.</p>;
}

// The open-banking provider's return URL after a bank transfer.
export function TransferReturn() {
  const [query] = useSearchParams();
  const sent = query.get('transactionStatus') === 'SUCCESS';
  return sent ? <p>Transfer {query.get('transactionReference')} sent.</p> : <p>The transfer was not sent.</p>;
}
