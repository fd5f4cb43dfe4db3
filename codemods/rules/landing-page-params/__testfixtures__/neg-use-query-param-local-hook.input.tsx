// The app's own useQueryParam helper (not use-query-params): nothing says what it reads.
import { useQueryParam } from './hooks/use-query-param';

export function KycReturn() {
  const [status] = useQueryParam('transactionStatus');
  const [reference] = useQueryParam('transactionReference');
  return status === 'SUCCESS' ? <p>Done ({reference}).</p> : <p>Failed.</p>;
}
