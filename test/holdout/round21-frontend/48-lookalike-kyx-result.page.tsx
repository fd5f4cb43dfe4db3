import { redirect } from 'next/navigation';
import { recordIdentityResult } from '@/lib/identity';

export default async function IdentityResultPage({
  searchParams,
}: {
  searchParams: { [key: string]: string | string[] | undefined };
}) {
  if (searchParams.acquisitionStatus === 'SUCCESS') {
    await recordIdentityResult(String(searchParams.workflowExecutionId));
    redirect('/account?verified=1');
  }

  const authFailed = searchParams.errorCode === '9836';

  return (
    <main className="identity-result">
      <h1>We could not verify your identity</h1>
      {authFailed ? <p>The face check did not match. Please contact support.</p> : <a href="/identity">Try again</a>}
    </main>
  );
}
