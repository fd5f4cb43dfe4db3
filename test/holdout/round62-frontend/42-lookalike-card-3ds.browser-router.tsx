// Checkout of Larkspur Home Furnishings (React 18, React Router 6.22's data router). A card payment that needs 3-D
// Secure sends the whole tab to the card issuer's challenge page (the ACS URL our payment service provider, Tillpoint,
// answers with) and Tillpoint sends it back to /checkout/3ds/return with its own transactionStatus and
// transactionReference. That route's loader records the payment outcome with our API and moves the order on before
// anything renders.
import { createRoot } from 'react-dom/client';
import {
  createBrowserRouter,
  redirect,
  RouterProvider,
  useLoaderData,
  type LoaderFunctionArgs,
} from 'react-router-dom';

const RESUME_KEY = 'larkspur.checkout.resume';

interface PaymentStartData {
  orderId: string;
  amountLabel: string;
}

function PaymentStart() {
  const { orderId, amountLabel } = useLoaderData() as PaymentStartData;

  async function pay() {
    sessionStorage.setItem(RESUME_KEY, `/checkout/${orderId}/confirmation`);
    const res = await fetch(`/api/orders/${orderId}/card-payment`, { method: 'POST', credentials: 'include' });
    if (!res.ok) {
      window.alert('We could not start the card payment. Please try again in a minute.');
      return;
    }
    const { redirectUrl } = (await res.json()) as { redirectUrl: string };
    window.location.assign(redirectUrl);
  }

  return (
    <section className="checkout-step">
      <h1>Pay {amountLabel}</h1>
      <p>Your bank may ask you to confirm the payment in its app or with a code. We bring you back here after.</p>
      <button type="button" className="checkout-step__next" onClick={pay}>
        Pay by card
      </button>
    </section>
  );
}

async function threeDsReturnLoader({ request }: LoaderFunctionArgs) {
  const query = new URL(request.url).searchParams;
  const status = query.get('transactionStatus');
  const reference = query.get('transactionReference');
  if (!status || !reference) return redirect('/checkout');

  await fetch('/api/payments/3ds-returns', {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ transactionStatus: status, transactionReference: reference, reasonCode: query.get('reasonCode') }),
  });

  const resume = sessionStorage.getItem(RESUME_KEY) ?? '/checkout';
  sessionStorage.removeItem(RESUME_KEY);
  return redirect(status === 'AUTHORISED' ? resume : `${resume}?payment=declined`);
}

function ThreeDsReturn() {
  return <p className="checkout-step__busy">Confirming your payment…</p>;
}

const router = createBrowserRouter([
  {
    path: '/checkout/:orderId/pay',
    loader: async ({ params }) => {
      const res = await fetch(`/api/orders/${params.orderId}`, { credentials: 'include' });
      return (await res.json()) as PaymentStartData;
    },
    element: <PaymentStart />,
  },
  { path: '/checkout/3ds/return', loader: threeDsReturnLoader, element: <ThreeDsReturn /> },
]);

createRoot(document.getElementById('checkout')!).render(<RouterProvider router={router} />);
