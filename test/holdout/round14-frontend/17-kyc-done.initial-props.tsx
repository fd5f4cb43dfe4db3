// pages/kyc/done.tsx (Next.js pages router): Netverify's success/error URL.
import type { NextPageContext } from 'next';

type Props = { status: string; reference: string | null };

function KycDone({ status, reference }: Props) {
  return status === 'SUCCESS' ? <p>Identity verified ({reference})</p> : <p>Identity check failed.</p>;
}

KycDone.getInitialProps = async ({ query }: NextPageContext): Promise<Props> => ({
  status: String(query.transactionStatus ?? 'ERROR'),
  reference: query.transactionReference ? String(query.transactionReference) : null,
});

export default KycDone;
