import { $fetch } from 'ofetch';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

interface AuthDetails {
  workflow: { id: string; userReference?: string };
}

// The type argument is the parsed body's type: it moves with the fields.
export async function authenticatedUser(ref: string): Promise<string | undefined> {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(ref);
  const details = await $fetch<AuthDetails>(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
  });
  return details.workflow.userReference;
}
