// app/routes/payouts.return.tsx — the open-banking provider's return URL; only the title says what the page is.
import type { MetaFunction } from '@remix-run/node';
import { useLocation } from '@remix-run/react';

export const meta: MetaFunction = ({ location }) => {
  const params = new URLSearchParams(location.search);
  return [{ title: params.get('transactionStatus') === 'SUCCESS' ? 'Bank transfer sent' : 'Transfer failed' }];
};

export default function PayoutReturn() {
  const params = new URLSearchParams(useLocation().search);
  return params.get('transactionStatus') === 'SUCCESS' ? <p>Done: {params.get('transactionReference')}</p> : <p>Failed</p>;
}
