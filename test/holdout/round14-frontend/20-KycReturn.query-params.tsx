// Identity check return page (Netverify), query through use-query-params.
import { StringParam, useQueryParam } from 'use-query-params';

export function KycReturn() {
  const [status] = useQueryParam('transactionStatus', StringParam);
  const [reference] = useQueryParam('transactionReference', StringParam);
  const [errorCode] = useQueryParam('errorCode', StringParam);
  if (status === 'SUCCESS') return <p>Identity verified (ref {reference}).</p>;
  return <p>Identity check failed ({errorCode}).</p>;
}
