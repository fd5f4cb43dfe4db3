'use client';
// app/checkout/return/page.tsx — the card gateway redirects here after 3-D Secure.
import { useQueryState } from 'nuqs';

export default function CheckoutReturnPage() {
  const [transactionStatus] = useQueryState('transactionStatus');
  const [transactionReference] = useQueryState('transactionReference');
  const paid = transactionStatus === 'APPROVED';
  return paid ? <p>Payment received, order {transactionReference}.</p> : <p>Your card payment was declined.</p>;
}
