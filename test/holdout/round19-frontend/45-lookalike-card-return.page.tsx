import Link from 'next/link';
import { useRouter } from 'next/router';

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

// The card processor's return URL after the hosted payment page.
export default function PaymentReturnPage() {
  const router = useRouter();
  if (!router.isReady) return null;

  const status = first(router.query.transactionStatus);
  const reference = first(router.query.transactionReference);

  if (status === 'APPROVED') {
    return (
      <main>
        <h1>Payment received</h1>
        <p>Transaction {reference}</p>
        <Link href="/orders">Your orders</Link>
      </main>
    );
  }
  return (
    <main>
      <h1>{status === 'DECLINED' ? 'Your card was declined' : 'Payment failed'}</h1>
      <Link href="/checkout">Back to checkout</Link>
    </main>
  );
}
