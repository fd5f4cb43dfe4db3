'use client';
// Next.js 15 App Router landing page as a client component: the searchParams prop is a promise, unwrapped with use().
import { use } from 'react';
import Link from 'next/link';

type Search = { transactionStatus?: string; transactionReference?: string; errorCode?: string };

export default function VerifyDonePage({ searchParams }: { searchParams: Promise<Search> }) {
  const { transactionStatus, transactionReference, errorCode } = use(searchParams);

  if (transactionStatus !== 'SUCCESS') {
    return (
      <main>
        <h1>We could not verify you</h1>
        {errorCode && <p>Error {errorCode}</p>}
        <Link href="/verify">Try again</Link>
      </main>
    );
  }
  return (
    <main>
      <h1>Thanks, you are verified</h1>
      <p>Reference {transactionReference}</p>
    </main>
  );
}
