// The status page, already on KYX: a React Server Component reading the workflow execution (US).
import { kyxToken } from './kyx-token';

export default async function FaceLoginPage({ params }: { params: Promise<{ account: string; execution: string }> }) {
  const { account, execution } = await params;
  const res = await fetch(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${account}/workflow-executions/${execution}`, {
    headers: { Authorization: `Bearer ${await kyxToken('amer-1')}`, Accept: 'application/json' },
    cache: 'no-store',
  });
  const details: { workflow: { id: string; status: string; userReference?: string } } = await res.json();
  return (
    <main>
      <p>Customer: {details.workflow.userReference ?? 'unknown'}</p>
      <p>Status: {details.workflow.status}</p>
    </main>
  );
}
