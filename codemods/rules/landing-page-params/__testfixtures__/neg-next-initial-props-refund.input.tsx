// pages/refunds/result.tsx: the payment provider's refund return. The page compares the status its
// getInitialProps took from the query with REFUNDED, which Jumio never sends.
import type { NextPageContext } from 'next';

type Props = { status: string; reference: string | null };

function RefundResult({ status, reference }: Props) {
  return status === 'REFUNDED' ? <p>Refund {reference} issued.</p> : <p>Refund pending.</p>;
}

RefundResult.getInitialProps = async ({ query }: NextPageContext): Promise<Props> => ({
  status: String(query.transactionStatus ?? 'PENDING'),
  reference: query.transactionReference ? String(query.transactionReference) : null,
});

export default RefundResult;
