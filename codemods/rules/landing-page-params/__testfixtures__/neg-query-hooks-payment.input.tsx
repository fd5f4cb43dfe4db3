'use client';
// The card gateway's return page after 3-D Secure.
import { useQueryState } from 'nuqs';

export default function PaymentReturn() {
  const [transactionStatus] = useQueryState('transactionStatus');
  const [transactionReference] = useQueryState('transactionReference');
  return transactionStatus === 'APPROVED' ? <p>Paid: {transactionReference}</p> : <p>Declined</p>;
}
