// A shop's cart store with the same field names: a nanostores map of the payment, not of the URL.
import { map } from 'nanostores';
import { useStore } from '@nanostores/react';

export const $payment = map({ transactionStatus: 'PENDING', transactionReference: '' });

export function PaymentBadge() {
  const { transactionStatus, transactionReference } = useStore($payment);
  return transactionStatus === 'SUCCESS' ? <span>Ref {transactionReference}</span> : <span>Pending</span>;
}
