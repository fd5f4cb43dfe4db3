// Qwik City page src/routes/transfer/done/index.tsx: the open-banking provider's return URL.
import { component$ } from '@builder.io/qwik';
import { useLocation } from '@builder.io/qwik-city';

export default component$(() => {
  const loc = useLocation();
  const status = loc.url.searchParams.get('transactionStatus');
  const reference = loc.url.searchParams.get('transactionReference');
  return status === 'EXECUTED' ? <p>Transfer executed, reference {reference}</p> : <p>Transfer not executed</p>;
});
