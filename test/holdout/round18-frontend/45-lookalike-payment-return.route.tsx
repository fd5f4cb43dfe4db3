// app/routes/checkout.return.tsx (React Router 7): the card processor's return URL after payment.
import { data, Link } from 'react-router';
import type { Route } from './+types/checkout.return';

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const status = url.searchParams.get('transactionStatus');
  const reference = url.searchParams.get('transactionReference');
  if (!status || !reference) throw data('Missing payment result', { status: 400 });
  return { paid: status === 'APPROVED', declined: status === 'DECLINED', reference };
}

export default function CheckoutReturn({ loaderData }: Route.ComponentProps) {
  const { paid, reference } = loaderData;
  return paid ? (
    <p>Payment received, order reference {reference}.</p>
  ) : (
    <p>
      Your payment did not go through. <Link to="/checkout">Back to checkout</Link>
    </p>
  );
}
