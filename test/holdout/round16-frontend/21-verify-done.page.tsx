// Next.js 15 App Router page of the identity check's return URL; the query goes to a child component.
import Link from 'next/link';

type ReturnQuery = { transactionStatus?: 'SUCCESS' | 'ERROR'; transactionReference?: string; errorCode?: string };

function Outcome({ query }: { query: ReturnQuery }) {
  if (query.transactionStatus === 'SUCCESS') {
    return <p>Your identity is verified (reference {query.transactionReference}).</p>;
  }
  return (
    <p>
      We could not verify your identity{query.errorCode ? ` (error ${query.errorCode})` : ''}. <Link href="/account/verify">Try again</Link>
    </p>
  );
}

export default async function VerifyDonePage({ searchParams }: { searchParams: Promise<ReturnQuery> }) {
  return (
    <main>
      <h1>Identity check</h1>
      <Outcome query={await searchParams} />
    </main>
  );
}
