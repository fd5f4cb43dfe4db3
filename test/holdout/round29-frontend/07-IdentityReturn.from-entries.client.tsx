'use client';
// app/identity/return/identity-return.tsx — page.tsx renders it inside <Suspense>: the success and error URL of the
// identity check. The query is read once into plain values.
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useEffect } from 'react';
import { track } from '@vercel/analytics';

export function IdentityReturn() {
  const searchParams = useSearchParams();
  const { transactionStatus, transactionReference, errorCode } = Object.fromEntries(searchParams.entries());

  useEffect(() => {
    track('identity_return', { status: transactionStatus ?? 'none', code: errorCode ?? 'none' });
  }, [transactionStatus, errorCode]);

  if (transactionStatus === 'SUCCESS') {
    return (
      <section className="mx-auto max-w-md py-12 text-center">
        <h1 className="text-xl font-semibold">Your identity is confirmed</h1>
        <p className="mt-2 text-sm text-gray-500">Reference {transactionReference}</p>
        <Link href="/dashboard" className="mt-6 inline-block underline">
          Continue
        </Link>
      </section>
    );
  }
  const tooManyAttempts = errorCode === '9836';
  return (
    <section className="mx-auto max-w-md py-12 text-center">
      <h1 className="text-xl font-semibold">We could not confirm your identity</h1>
      {tooManyAttempts ? (
        <p className="mt-2 text-sm">You have used every attempt for today. Please contact support.</p>
      ) : (
        <Link href="/identity" className="mt-6 inline-block underline">
          Try again
        </Link>
      )}
    </section>
  );
}
