'use client';
// app/kyc/result/kyc-result.tsx — client part of the identity verification return page (Next.js 14 App Router).
import { useSearchParams } from 'next/navigation';

export function KycResult() {
  const searchParams = useSearchParams();
  const q = (name: string) => searchParams.get(name) ?? '';
  const status = q('transactionStatus');
  const reference = q('transactionReference');
  const errorCode = q('errorCode');

  if (status === 'SUCCESS') return <p>Your identity is verified. Reference: {reference}</p>;
  return <p>Verification failed{errorCode && ` (code ${errorCode})`}. Please try again.</p>;
}
