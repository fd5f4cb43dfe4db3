// app/verify/done/page.tsx: the identity check's return page streams its outcome from a child component.
import { Suspense, use } from 'react';

type VerifyReturn = { transactionStatus?: 'SUCCESS' | 'ERROR'; transactionReference?: string; errorCode?: string };

function Outcome(props: { query: Promise<VerifyReturn> }) {
  const q = use(props.query);
  return q.transactionStatus === 'SUCCESS' ? <p>Verified (reference {q.transactionReference})</p> : <p>Error {q.errorCode}</p>;
}

export default function VerifyDonePage({ searchParams }: { searchParams: Promise<VerifyReturn> }) {
  return (
    <Suspense fallback={<p>Checking…</p>}>
      <Outcome query={searchParams} />
    </Suspense>
  );
}
