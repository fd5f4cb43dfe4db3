// Back-office lookup: the Basic pair comes from the secrets store (a call), the header from a local helper value.
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

declare function getSecret(name: string): Promise<string>; // the platform's secrets API (a global here)

export async function authenticationOutcome(reference: string): Promise<string | undefined> {
  // TODO(netverify-migrate): retrieval-authentication: token fed only the legacy Basic credentials and is no longer read (noUnusedLocals reports it): remove it, and what computes it if nothing else needs it
  const token = await getSecret('jumio-api-token');
  // TODO(netverify-migrate): retrieval-authentication: secret fed only the legacy Basic credentials and is no longer read (noUnusedLocals reports it): remove it, and what computes it if nothing else needs it
  const secret = await getSecret('jumio-api-secret');
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const res = await fetch(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, {
    headers: { Accept: 'application/json', Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
  });
  const details = (await res.json()) as { workflow: { id: string; userReference?: string } };
  return details.workflow.userReference;
}
