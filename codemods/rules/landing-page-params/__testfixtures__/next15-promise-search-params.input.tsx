// Next 15: the App Router `searchParams` prop is a Promise.
import { use } from 'react';

type Landing = Promise<{ transactionStatus?: string; transactionReference?: string; errorCode?: string }>;

export default async function JumioDonePage({ searchParams }: { searchParams: Landing }) {
  const { transactionStatus, transactionReference } = await searchParams;
  return <p>{transactionStatus === 'SUCCESS' ? `Verified ${transactionReference}` : 'Failed'}</p>;
}

interface ResultQuery {
  transactionStatus?: 'SUCCESS' | 'ERROR';
  transactionReference?: string;
}

// The form the Next 15 codemod writes: props.searchParams awaited into a variable.
export async function IdentityResult(props: { searchParams: Promise<ResultQuery> }) {
  const params = await props.searchParams;
  if (params.transactionStatus !== 'SUCCESS') return <p>Verification failed</p>;
  return <p>Reference {params.transactionReference}</p>;
}

// A client component unwrapping the Promise with React's use().
export function JumioResultClient({ searchParams }: { searchParams: Promise<{ transactionStatus?: string; transactionReference?: string }> }) {
  const q = use(searchParams);
  return <p data-ref={q.transactionReference}>{q.transactionStatus}</p>;
}
