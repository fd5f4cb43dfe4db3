// Identity check return page (Jumio success/error URL), query through use-query-params.
import { StringParam, useQueryParam } from 'use-query-params';

export function KycReturn() {
  const [status] = useQueryParam('acquisitionStatus', StringParam);
  const [reference] = useQueryParam('workflowExecutionId', StringParam);
  if (status === 'SUCCESS') return <p>Identity verified (ref {reference}).</p>;
  return <p>Identity check failed.</p>;
}
