'use client';
// Jumio's success and error URL: /kyc/return?transactionStatus=…&transactionReference=…
import { useQueryState as useQS, parseAsInteger } from 'nuqs';

export default function KycReturn() {
  const [status] = useQS('acquisitionStatus');
  const [reference, setReference] = useQS('workflowExecutionId');
  const [errorCode] = useQS('errorCode', parseAsInteger);
  if (status !== 'SUCCESS') return <p>Failed ({errorCode})</p>;
  return <button onClick={() => setReference(null)}>Reference {reference}</button>;
}

// A hook of the same name that is not nuqs's: not a query read.
function useQueryState(key: string) {
  return [key, () => {}] as const;
}
export const Other = () => useQueryState('transactionStatus')[0];
