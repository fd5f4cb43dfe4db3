import { useSearchParams } from 'react-router-dom';

export function KycReturn() {
  const [searchParams] = useSearchParams();
  const status = searchParams.get('acquisitionStatus');
  const reference = searchParams.get('workflowExecutionId');
  return <p>{status === 'SUCCESS' ? `Done (${reference})` : 'Please try again'}</p>;
}
