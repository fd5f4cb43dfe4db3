// app/routes/checkout.return.tsx — the card processor's 3-D Secure return: meta titles it, the page shows it.
import type { MetaFunction } from '@remix-run/node';
import { useSearchParams } from '@remix-run/react';

export const meta: MetaFunction = ({ location }) => [
  { title: new URLSearchParams(location.search).get('transactionStatus') === 'APPROVED' ? 'Paid' : 'Not paid' },
];

export default function CheckoutReturn() {
  const [params] = useSearchParams();
  if (params.get('transactionStatus') !== 'APPROVED') return <p>Your card was declined.</p>;
  return <p>Receipt {params.get('transactionReference')}</p>;
}
