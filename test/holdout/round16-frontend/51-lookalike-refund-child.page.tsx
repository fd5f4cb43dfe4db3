// Next.js 15 App Router page: the payment provider's refund return URL.
type RefundQuery = { transactionStatus?: 'REFUNDED' | 'FAILED'; transactionReference?: string; amount?: string };

function RefundOutcome({ query }: { query: RefundQuery }) {
  if (query.transactionStatus === 'REFUNDED') {
    return <p>Refund of {query.amount} issued (reference {query.transactionReference}).</p>;
  }
  return <p>The refund could not be processed.</p>;
}

export default async function RefundReturnPage({ searchParams }: { searchParams: Promise<RefundQuery> }) {
  return (
    <main>
      <h1>Refund</h1>
      <RefundOutcome query={await searchParams} />
    </main>
  );
}
