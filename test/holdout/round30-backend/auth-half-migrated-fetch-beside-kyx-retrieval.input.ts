// Face login of the retail bank (Node 20, TypeScript). getFaceLoginResult() was moved to KYX by the first codemod run
// in March; startFaceLogin() came back with the mobile-web branch merged in June and still starts the old way.
import { kyxAccessToken } from './kyx-auth.js';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account.js';
import { saveFaceLogin } from './store.js';

interface FaceLoginStart {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export async function startFaceLogin(member: { id: string; jumioEnrollmentRef: string }, origin: string): Promise<string> {
  const res = await fetch('https://lon.netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'User-Agent': 'Fenwick Bank/7.1',
      Authorization: `Basic ${Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64')}`,
    },
    body: JSON.stringify({
      enrollmentTransactionReference: member.jumioEnrollmentRef,
      userReference: member.id,
      successUrl: `${origin}/face-login/done`,
      errorUrl: `${origin}/face-login/failed`,
      tokenLifetimeInMinutes: 10,
    }),
  });
  if (!res.ok) throw new Error(`face login start failed: ${res.status}`);
  const started = (await res.json()) as FaceLoginStart;
  await saveFaceLogin(member.id, started.transactionReference);
  return started.redirectUrl;
}

export async function getFaceLoginResult(workflowExecutionId: string): Promise<{ status: string; decision: string | null }> {
  const { accountId } = await resolveKyxWorkflowAccount(workflowExecutionId);
  const token = await kyxAccessToken('emea-1');
  const res = await fetch(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${workflowExecutionId}`, {
    headers: { Accept: 'application/json', Authorization: `Bearer ${token}`, 'User-Agent': 'Fenwick Bank/7.1' },
  });
  if (!res.ok) throw new Error(`face login result failed: ${res.status}`);
  const details = (await res.json()) as {
    workflow: { id: string; status: string };
    capabilities?: { authentication?: { decision: { type: string } }[] };
  };
  return { status: details.workflow.status, decision: details.capabilities?.authentication?.[0]?.decision.type ?? null };
}
