// pages/settlements/return.tsx: a settlement provider's return; getServerSideProps hands the status to the page,
// which compares it with SETTLED.
import type { GetServerSideProps } from 'next';

export default function SettlementReturn(props: { status: string; reference: string }) {
  if (props.status === 'SETTLED') return <p>Settled ({props.reference}).</p>;
  return <p>Not settled yet.</p>;
}

export const getServerSideProps: GetServerSideProps = async ({ query }) => ({
  props: { status: String(query.transactionStatus ?? ''), reference: String(query.transactionReference ?? '') },
});
