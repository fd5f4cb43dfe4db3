import { redirect } from 'next/navigation';
import { recordIdentityResult } from '@/lib/identity';

export default async function IdentityResultPage({
  searchParams,
}: {
  searchParams: { [key: string]: string | string[] | undefined };
}) {
  if (searchParams.transactionStatus === 'SUCCESS') {
    await recordIdentityResult(String(searchParams.transactionReference));
    redirect('/account?verified=1');
  }

  const locked = searchParams.errorCode === '9836';

  return (
    <main className="identity-result">
      <h1>We could not verify your identity</h1>
      {locked ? <p>Too many attempts. Please contact support.</p> : <a href="/identity">Try again</a>}
    </main>
  );
}
