import type { GetServerSideProps } from 'next';
import Link from 'next/link';
import { markOrderPaid } from '../lib/orders';

type Props = { paid: boolean; declined: boolean; reference: string | null };

// pages/checkout/return.tsx — the card acquirer's return URL after the hosted payment page.
export const getServerSideProps: GetServerSideProps<Props> = async ({ query, req }) => {
  const reference = typeof query.transactionReference === 'string' ? query.transactionReference : null;
  if (query.transactionStatus === 'APPROVED' && reference) {
    await markOrderPaid(req, reference);
    return { props: { paid: true, declined: false, reference } };
  }
  const declined = query.errorCode === '05';
  return { props: { paid: false, declined, reference } };
};

export default function CheckoutReturn({ paid, declined, reference }: Props) {
  if (paid) {
    return (
      <main className="checkout-return">
        <h1>Thanks, your payment went through</h1>
        <p>Payment reference {reference}</p>
        <Link href="/orders">See your orders</Link>
      </main>
    );
  }
  return (
    <main className="checkout-return">
      <h1>Your payment did not go through</h1>
      {declined ? <p>Your bank declined the card.</p> : <Link href="/checkout">Try again</Link>}
    </main>
  );
}
