// app/(account)/identity/done/page.tsx — Next.js 15 App Router, a Server Component. The success and error URL of the
// identity check; searchParams is a Promise since Next 15.
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';

type ReturnSearch = {
  transactionStatus?: 'SUCCESS' | 'ERROR';
  transactionReference?: string;
  errorCode?: string;
};

type PageProps = { searchParams: Promise<ReturnSearch> };

export async function generateMetadata({ searchParams }: PageProps): Promise<Metadata> {
  const { transactionStatus } = await searchParams;
  return { title: transactionStatus === 'SUCCESS' ? 'Identity confirmed' : 'Identity check incomplete' };
}

export default async function IdentityDonePage({ searchParams }: PageProps) {
  const { transactionStatus = 'ERROR', transactionReference, errorCode } = await searchParams;
  if (transactionStatus === 'ERROR' && errorCode === '9836') {
    redirect('/identity/locked');
  }
  if (transactionStatus !== 'SUCCESS') {
    return (
      <main className="mx-auto max-w-lg py-16">
        <h1 className="text-2xl font-semibold">We could not confirm your identity</h1>
        {errorCode && <p className="mt-2 text-sm text-gray-500">Error code {errorCode}</p>}
        <Link href="/identity" className="mt-6 inline-block underline">
          Try again
        </Link>
      </main>
    );
  }
  return (
    <main className="mx-auto max-w-lg py-16">
      <h1 className="text-2xl font-semibold">Thanks, your identity is confirmed</h1>
      <p className="mt-2 text-sm text-gray-500">Reference {transactionReference}</p>
      <Link href="/account" className="mt-6 inline-block underline">
        Back to your account
      </Link>
    </main>
  );
}
