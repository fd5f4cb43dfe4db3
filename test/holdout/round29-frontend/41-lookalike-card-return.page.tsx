// app/(shop)/checkout/return/page.tsx — Next.js 15 App Router, a Server Component. The card processor's hosted payment
// page sends the shopper back here; searchParams is a Promise since Next 15.
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';

type ReturnSearch = {
  transactionStatus?: 'APPROVED' | 'DECLINED' | 'CANCELLED';
  transactionReference?: string;
  errorCode?: string;
};

type PageProps = { searchParams: Promise<ReturnSearch> };

export async function generateMetadata({ searchParams }: PageProps): Promise<Metadata> {
  const { transactionStatus } = await searchParams;
  return { title: transactionStatus === 'APPROVED' ? 'Payment received' : 'Payment not completed' };
}

export default async function CheckoutReturnPage({ searchParams }: PageProps) {
  const { transactionStatus = 'DECLINED', transactionReference, errorCode } = await searchParams;
  if (transactionStatus === 'CANCELLED') {
    redirect('/basket');
  }
  if (transactionStatus !== 'APPROVED') {
    return (
      <main className="mx-auto max-w-lg py-16">
        <h1 className="text-2xl font-semibold">Your card was declined</h1>
        {errorCode && <p className="mt-2 text-sm text-gray-500">Processor code {errorCode}</p>}
        <Link href="/checkout" className="mt-6 inline-block underline">
          Try another card
        </Link>
      </main>
    );
  }
  return (
    <main className="mx-auto max-w-lg py-16">
      <h1 className="text-2xl font-semibold">Thanks, your order is confirmed</h1>
      <p className="mt-2 text-sm text-gray-500">Payment reference {transactionReference}</p>
      <Link href="/orders" className="mt-6 inline-block underline">
        See your orders
      </Link>
    </main>
  );
}
