// Next 15: the App Router `searchParams` prop is a Promise.
import { use } from 'react';

type Landing = Promise<{ acquisitionStatus?: string; workflowExecutionId?: string; errorCode?: string }>;

export default async function JumioDonePage({ searchParams }: { searchParams: Landing }) {
  const { acquisitionStatus: transactionStatus, workflowExecutionId: transactionReference } = await searchParams;
  return <p>{transactionStatus === 'SUCCESS' ? `Verified ${transactionReference}` : 'Failed'}</p>;
}

interface ResultQuery {
  acquisitionStatus?: 'SUCCESS' | 'ERROR';
  workflowExecutionId?: string;
}

// The form the Next 15 codemod writes: props.searchParams awaited into a variable.
export async function IdentityResult(props: { searchParams: Promise<ResultQuery> }) {
  const params = await props.searchParams;
  if (params.acquisitionStatus !== 'SUCCESS') return <p>Verification failed</p>;
  return <p>Reference {params.workflowExecutionId}</p>;
}

// A client component unwrapping the Promise with React's use().
export function JumioResultClient({ searchParams }: { searchParams: Promise<{ acquisitionStatus?: string; workflowExecutionId?: string }> }) {
  const q = use(searchParams);
  return <p data-ref={q.workflowExecutionId}>{q.acquisitionStatus}</p>;
}
