'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';

// app/identity/done/page.tsx renders this inside <Suspense>: the successUrl and errorUrl of the identity check.
export default function IdentityDone() {
  const searchParams = useSearchParams();
  const reference = searchParams.get('transactionReference');
  const errorCode = searchParams.get('errorCode');
  const locked = errorCode === '9836';

  switch (searchParams.get('transactionStatus')) {
    case 'SUCCESS':
      return (
        <main className="identity-done">
          <h1>You are verified</h1>
          <p>Keep this reference for support: {reference}</p>
          <Link href="/dashboard">Continue</Link>
        </main>
      );
    case 'ERROR':
      return (
        <main className="identity-done">
          <h1>We could not verify your identity</h1>
          {locked ? (
            <p>Too many attempts. Please contact support.</p>
          ) : (
            <p>
              Something went wrong (code {errorCode}). <Link href="/identity">Try again</Link>
            </p>
          )}
        </main>
      );
    default:
      return <p className="identity-done">Checking your result…</p>;
  }
}
