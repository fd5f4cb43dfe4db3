'use client';
// Next.js App Router: the identity check's success/error URL, read through a small local hook.
import { Suspense } from 'react';
import { useSearchParams } from 'next/navigation';

function useQueryValue(name: string): string | null {
  return useSearchParams().get(name);
}

function Outcome() {
  const status = useQueryValue('transactionStatus');
  const reference = useQueryValue('transactionReference');
  const errorCode = useQueryValue('errorCode');
  if (status === 'SUCCESS') return <p>Identity verified. Reference: {reference}</p>;
  return <p>Identity verification failed{errorCode ? ` (code ${errorCode})` : ''}.</p>;
}

export default function KycDonePage() {
  return (
    <Suspense fallback={<p>Loading…</p>}>
      <Outcome />
    </Suspense>
  );
}
