import { useSearchParams } from '@solidjs/router';

// Solid's router: the search params are an object read by member.
export default function IdentityDone() {
  const [searchParams] = useSearchParams<{ acquisitionStatus?: string; workflowExecutionId?: string }>();
  return (
    <p>
      {searchParams.acquisitionStatus === 'SUCCESS' ? `Thanks (${searchParams.workflowExecutionId})` : 'Verification failed'}
    </p>
  );
}

export function IdentityDoneDestructured() {
  const [params] = useSearchParams();
  const { acquisitionStatus: transactionStatus, workflowExecutionId: transactionReference } = params;
  return <p>{transactionStatus}: {transactionReference}</p>;
}
