// src/routes/apply/deposit/return.tsx — TanStack Router file route. The acquirer's hosted card page sends the
// customer back here after the 3-D Secure step of the deposit payment. The search schema is a plain zod object, which
// the router takes as a Standard Schema; `.catch` keeps a mangled status from rendering the error boundary.
import { createFileRoute, Link, redirect } from '@tanstack/react-router';
import { z } from 'zod';
import { fetchDepositPayment } from '@/api/payments';
import { Spinner } from '@/components/Spinner';

const cardReturnSearch = z.object({
  transactionStatus: z.enum(['AUTHORISED', 'REFUSED', 'CANCELLED']).catch('REFUSED'),
  transactionReference: z.string().optional(),
  errorCode: z.string().optional(),
});

export const Route = createFileRoute('/apply/deposit/return')({
  validateSearch: cardReturnSearch,
  beforeLoad: ({ search }) => {
    // The customer closed the card page: back to choosing how to pay the deposit.
    if (search.transactionStatus === 'CANCELLED') {
      throw redirect({ to: '/apply/deposit' });
    }
  },
  loaderDeps: ({ search }) => ({ reference: search.transactionReference }),
  loader: ({ deps }) => (deps.reference ? fetchDepositPayment(deps.reference) : null),
  pendingComponent: () => <Spinner label="Confirming your payment…" />,
  component: CardDepositReturn,
});

function CardDepositReturn() {
  const { transactionStatus, transactionReference, errorCode } = Route.useSearch();
  const payment = Route.useLoaderData();

  if (transactionStatus === 'REFUSED') {
    return (
      <main className="apply-step apply-step--error">
        <h1>Your card was declined</h1>
        <p>{errorCode ? `Your bank refused the payment (code ${errorCode}).` : 'Your bank refused the payment.'}</p>
        <Link to="/apply/deposit" className="button">
          Try another card
        </Link>
      </main>
    );
  }

  return (
    <main className="apply-step">
      <h1>{transactionStatus === 'AUTHORISED' && payment?.captured ? 'Deposit paid' : 'Thanks, we are confirming your deposit'}</h1>
      <p className="muted">Payment reference {transactionReference}</p>
      <Link to="/apply/agreement" className="button">
        Continue to your agreement
      </Link>
    </main>
  );
}
