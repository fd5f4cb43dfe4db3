'use client';
// Next.js App Router: the card processor's return URL after checkout.
import { Suspense } from 'react';
import { useSearchParams } from 'next/navigation';

function useQueryValue(name: string): string | null {
  return useSearchParams().get(name);
}

function PaymentOutcome() {
  const status = useQueryValue('transactionStatus');
  const reference = useQueryValue('transactionReference');
  if (status === 'APPROVED') return <p>Payment approved. Order reference: {reference}</p>;
  return <p>Your payment was declined. Please try another card.</p>;
}

export default function CheckoutReturnPage() {
  return (
    <Suspense fallback={<p>Loading…</p>}>
      <PaymentOutcome />
    </Suspense>
  );
}
