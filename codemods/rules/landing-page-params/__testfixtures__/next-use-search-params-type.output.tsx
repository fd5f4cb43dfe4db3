'use client';
// A Next.js 15 client page: the searchParams promise is unwrapped with React's use(); its type alias names the keys.
import { use } from 'react';

interface IdentityReturn {
  acquisitionStatus?: 'SUCCESS' | 'ERROR';
  workflowExecutionId?: string;
}

export default function IdentityDone({ searchParams }: { searchParams: Promise<IdentityReturn> }) {
  const { acquisitionStatus: transactionStatus, workflowExecutionId: transactionReference } = use(searchParams);
  return transactionStatus === 'SUCCESS' ? <p>Verified ({transactionReference})</p> : <p>Not verified</p>;
}
