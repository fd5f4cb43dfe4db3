// app/(account)/kyc/done/page.tsx — Next.js 14 App Router: the Netverify success/error URL of the identity check.
import Link from 'next/link';

type Props = {
  searchParams: { transactionStatus?: 'SUCCESS' | 'ERROR'; transactionReference?: string; errorCode?: string };
};

export function generateMetadata({ searchParams }: Props) {
  return { title: searchParams.transactionStatus === 'SUCCESS' ? 'Identity verified' : 'Identity check failed' };
}

export default function KycDonePage({ searchParams: { transactionStatus, transactionReference, errorCode } }: Props) {
  if (transactionStatus !== 'SUCCESS') {
    return (
      <main>
        <h1>We could not verify your identity</h1>
        {errorCode && <p>Error code {errorCode}</p>}
        <Link href="/kyc">Try again</Link>
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
