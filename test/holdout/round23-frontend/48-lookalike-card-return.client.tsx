'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';

// app/checkout/return/page.tsx renders this inside <Suspense>: the card acquirer's return URL after the hosted payment page.
export default function CheckoutReturn() {
  const searchParams = useSearchParams();
  const reference = searchParams.get('transactionReference');
  const errorCode = searchParams.get('errorCode');
  const declinedByBank = errorCode === '05';

  switch (searchParams.get('transactionStatus')) {
    case 'APPROVED':
      return (
        <main className="checkout-return">
          <h1>Thanks, your payment went through</h1>
          <p>Payment reference: {reference}</p>
          <Link href="/orders">See your orders</Link>
        </main>
      );
    case 'DECLINED':
      return (
        <main className="checkout-return">
          <h1>Your payment did not go through</h1>
          {declinedByBank ? (
            <p>Your bank declined the card. Please use another card.</p>
          ) : (
            <p>
              Something went wrong (code {errorCode}). <Link href="/checkout">Try again</Link>
            </p>
          )}
        </main>
      );
    default:
      return <p className="checkout-return">Checking your payment…</p>;
  }
}
