'use client';
// Identity verification return page: one getter for every parameter.
import { useSearchParams } from 'next/navigation';

export function IdentityResult() {
  const params = useSearchParams();
  function param(key: string): string {
    return params.get(key) ?? '';
  }
  return param('acquisitionStatus') === 'SUCCESS' ? <p>Verified {param('workflowExecutionId')}</p> : <p>Failed {param('errorCode')}</p>;
}
