import { useLoaderData } from 'react-router';
import type { Route } from './+types/checkout.return';

// React Router 7: Interswitch WebPAY redirects here after the card payment.
export async function clientLoader({ request }: Route.ClientLoaderArgs) {
  const url = new URL(request.url);
  const status = url.searchParams.get('transactionStatus');
  const reference = url.searchParams.get('transactionReference');
  const amount = Number(url.searchParams.get('amount'));
  const res = await fetch(`/api/orders/confirm?ref=${reference}`, { method: 'POST' });
  return { paid: status === 'APPROVED' && res.ok, amount, reference };
}

export default function PaymentReturn() {
  const { paid, amount, reference } = useLoaderData<typeof clientLoader>();
  return paid ? <p>Paid {amount} NGN (ref {reference})</p> : <p>Payment declined.</p>;
}
