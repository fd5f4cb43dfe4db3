import { redirect } from 'next/navigation';
import { markIdentityChecked } from '@/lib/identity';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// app/verify/done/page.tsx — the identity check's successUrl.
export default async function VerifyDonePage(props: { searchParams: SearchParams }) {
  const query = await props.searchParams;
  const status = query.transactionStatus;
  const reference = typeof query['transactionReference'] === 'string' ? query['transactionReference'] : undefined;

  if (status !== 'SUCCESS' || !reference) {
    redirect(`/verify/failed?code=${query.errorCode ?? 'unknown'}`);
  }

  await markIdentityChecked(reference);
  return (
    <main>
      <h1>Thanks, you&apos;re verified</h1>
      <p className="muted">Reference {reference}</p>
    </main>
  );
}
