import { useSearchParams, A } from '@solidjs/router';
import { Show } from 'solid-js';

// /bills/result — the biller aggregator sends the customer back here after BillPay.
export default function BillResult() {
  const [params] = useSearchParams();
  return (
    <Show when={params.transactionStatus === 'SUCCESS'} fallback={<A href="/bills">The bill was not settled, try again</A>}>
      <h1>Bill settled</h1>
      <p>Biller reference: {params.transactionReference}</p>
    </Show>
  );
}
