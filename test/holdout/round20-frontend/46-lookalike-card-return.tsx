// app/routes/checkout.return.tsx (Remix 2): the card processor's return URL after the hosted payment page.
import type { MetaFunction } from '@remix-run/node';
import { Link, useSearchParams } from '@remix-run/react';

export const meta: MetaFunction = ({ location }) => {
  const status = new URLSearchParams(location.search).get('transactionStatus');
  return [{ title: status === 'APPROVED' ? 'Payment received' : 'Payment failed' }];
};

export default function CheckoutReturn() {
  const [params] = useSearchParams();
  const status = params.get('transactionStatus');
  const reference = params.get('transactionReference');

  if (status === 'APPROVED') {
    return (
      <main>
        <h1>Payment received</h1>
        <p>Transaction {reference}</p>
        <Link to="/orders">Your orders</Link>
      </main>
    );
  }
  return (
    <main>
      <h1>{status === 'DECLINED' ? 'Your card was declined' : 'Payment failed'}</h1>
      <Link to="/checkout">Back to checkout</Link>
    </main>
  );
}
