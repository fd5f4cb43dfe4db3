// Payout return page (the payout provider's redirect), query through use-query-params.
import { StringParam, useQueryParam } from 'use-query-params';

export function PayoutReturn() {
  const [status] = useQueryParam('transactionStatus', StringParam);
  const [reference] = useQueryParam('transactionReference', StringParam);
  if (status === 'COMPLETED') return <p>Payout sent (ref {reference}).</p>;
  return <p>Payout failed.</p>;
}
