'use client';
import { useSearchParams } from 'next/navigation';

export function Result() {
  const searchParams = useSearchParams();
  const ok = searchParams.get('transactionStatus') === 'SUCCESS';
  const reference = searchParams.get('transactionReference') ?? '';
  return <div data-ok={ok}>{reference}</div>;
}
