import type { GetServerSideProps } from 'next';
import Link from 'next/link';
import { confirmIdentityCheck } from '../lib/identity';

type Props = { verified: boolean; reference: string | null; errorCode: string | null };

// pages/identity/result.tsx — the identity check's successUrl and errorUrl.
export const getServerSideProps: GetServerSideProps<Props> = async (ctx) => {
  const { transactionStatus, transactionReference, errorCode } = ctx.query;
  const reference = typeof transactionReference === 'string' ? transactionReference : null;
  const verified = transactionStatus === 'SUCCESS' && reference !== null;
  if (verified && reference) await confirmIdentityCheck(ctx.req, reference);
  return { props: { verified, reference, errorCode: typeof errorCode === 'string' ? errorCode : null } };
};

export default function IdentityResultPage({ verified, reference, errorCode }: Props) {
  if (verified) {
    return (
      <main>
        <h1>Identity verified</h1>
        <p>Reference {reference}</p>
        <Link href="/account">Continue</Link>
      </main>
    );
  }
  return (
    <main>
      <h1>We could not verify your identity</h1>
      {errorCode && <p>Error code {errorCode}</p>}
      <Link href="/identity">Try again</Link>
    </main>
  );
}
