// app/verify/done/page.tsx — the successUrl/errorUrl of the identity check (Next.js 15 App Router, server component).
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { recordVerification } from '@/lib/identity';

type SearchParams = Promise<{
  transactionStatus?: 'SUCCESS' | 'ERROR';
  transactionReference?: string;
  errorCode?: string;
}>;

export default async function VerifyDonePage({ searchParams }: { searchParams: SearchParams }) {
  const { transactionStatus, transactionReference, errorCode } = await searchParams;
  if (!transactionReference) redirect('/verify');

  await recordVerification(transactionReference, transactionStatus === 'SUCCESS');

  if (transactionStatus !== 'SUCCESS') {
    return (
      <main>
        <h1>Verification failed</h1>
        <p>Error {errorCode ?? 'unknown'}</p>
        <Link href="/verify">Try again</Link>
      </main>
    );
  }
  return (
    <main>
      <h1>Thank you</h1>
      <p>Your reference is {transactionReference}.</p>
    </main>
  );
}
