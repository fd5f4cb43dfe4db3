// pages/checkout/done.tsx (Next.js pages router): the card acquirer's return URL.
import { useRouter } from 'next/router';

export default function CheckoutDone() {
  const {
    query: { transactionStatus, transactionReference },
  } = useRouter();
  if (transactionStatus !== 'AUTHORISED') return <p>Payment declined</p>;
  return <p>Order paid: {transactionReference}</p>;
}
