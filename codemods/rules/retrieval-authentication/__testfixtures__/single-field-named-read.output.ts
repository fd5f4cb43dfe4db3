// A named details type with one legacy member beside an unrelated one: the response is declared with it and its
// userReference is read (renamed to workflow.userReference), so the member moves too — left, the output did not type-check.
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

interface FaceLoginDetails {
  token?: string;
  workflow: { userReference?: string };
}

export async function faceLoginUser(reference: string): Promise<string | undefined> {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const res = await fetch(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}`, Accept: 'application/json', 'User-Agent': 'Acme/1.0' },
  });
  const details = (await res.json()) as FaceLoginDetails;
  return details.workflow.userReference;
}
