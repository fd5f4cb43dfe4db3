// Two retrievals share the Basic credentials const with a legacy scans call the codemod does not migrate: the const
// stays for that call.
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

const BASE = 'https://lon.netverify.com/api/netverify/v2';
const basic = 'Basic ' + Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64');

export async function resultOf(ref: string): Promise<string> {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(ref);
  const res = await fetch(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`, { headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` } });
  const details = (await res.json()) as { workflow: { id: string } };
  return details.workflow.id;
}

export async function userOf(ref: string): Promise<string | undefined> {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(ref);
  const res = await fetch(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`, { headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` } });
  const details = (await res.json()) as { workflow: { userReference?: string } };
  return details.workflow.userReference;
}

export async function scanStatus(scanRef: string): Promise<unknown> {
  const res = await fetch(`${BASE}/scans/${scanRef}`, { headers: { Authorization: basic } });
  return res.json();
}
