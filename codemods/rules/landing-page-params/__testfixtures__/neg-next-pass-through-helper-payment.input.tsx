// A card processor's return page reading transactionStatus and transactionReference through a helper of the file
// that hands back the query value: the status is compared with values Jumio never sends ('APPROVED', 'DECLINED'),
// so it is a payment page, left alone — as it is when the value is read directly (hold-out round 19 front end, 45).
import { useRouter } from 'next/router';

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default function PaymentReturn() {
  const router = useRouter();
  const status = first(router.query.transactionStatus);
  const reference = first(router.query.transactionReference);
  if (status === 'APPROVED') return <p>Payment {reference} received</p>;
  return <p>{status === 'DECLINED' ? 'Card declined' : 'Payment failed'}</p>;
}
