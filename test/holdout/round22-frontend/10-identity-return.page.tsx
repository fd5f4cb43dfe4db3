import type { GetServerSideProps } from 'next';
import Link from 'next/link';
import { markIdentityChecked } from '../lib/identity';

type Props = { verified: boolean; locked: boolean; reference: string | null };

// pages/identity/return.tsx — the successUrl and errorUrl of the identity check.
export const getServerSideProps: GetServerSideProps<Props> = async ({ query, req }) => {
  const reference = typeof query.transactionReference === 'string' ? query.transactionReference : null;
  if (query.transactionStatus === 'SUCCESS' && reference) {
    await markIdentityChecked(req, reference);
    return { props: { verified: true, locked: false, reference } };
  }
  const locked = query.errorCode === '9836';
  return { props: { verified: false, locked, reference } };
};

export default function IdentityReturn({ verified, locked, reference }: Props) {
  if (verified) {
    return (
      <main className="identity-return">
        <h1>Thanks, you are verified</h1>
        <p>Reference {reference}</p>
        <Link href="/account">Continue</Link>
      </main>
    );
  }
  return (
    <main className="identity-return">
      <h1>We could not verify your identity</h1>
      {locked ? <p>Too many attempts. Please contact support.</p> : <Link href="/identity">Try again</Link>}
    </main>
  );
}
