// pages/checkout/done.tsx (Next.js pages router): the acquirer's return URL.
import { useRouter } from 'next/router';

export default function CheckoutDone() {
  const { isReady, query: { transactionStatus: status, transactionReference } } = useRouter();
  if (!isReady) return null;
  return status === 'CAPTURED' ? <p>Paid {transactionReference}</p> : <p>Payment declined</p>;
}
