'use client';
import { useSearchParams } from 'next/navigation';

export function Result() {
  const searchParams = useSearchParams();
  const ok = searchParams.get('acquisitionStatus') === 'SUCCESS';
  const reference = searchParams.get('workflowExecutionId') ?? '';
  return <div data-ok={ok}>{reference}</div>;
}
