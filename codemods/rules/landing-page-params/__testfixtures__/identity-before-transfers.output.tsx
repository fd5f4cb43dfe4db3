import { useSearchParams } from 'react-router-dom';

// A remittance app: customers verify their identity before their first transfer.
export function VerificationDone() {
  const [params] = useSearchParams();
  const ok = params.get('acquisitionStatus') === 'SUCCESS';
  return ok ? <p>Identity verified ({params.get('workflowExecutionId')}): you can now send transfers.</p> : <p>We could not verify you.</p>;
}
