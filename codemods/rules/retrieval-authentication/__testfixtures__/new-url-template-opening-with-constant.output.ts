import { request } from 'undici';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

export async function authenticationStatus(reference: string): Promise<string> {
  // The template opens with the constant: `${DETAILS_PATH}/…` resolved against the data centre's origin.
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const url = `https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${encodeURIComponent(reference)}`;
  const { body } = await request(url, {
    headers: { authorization: `Bearer ${await kyxAccessToken('emea-1')}`, accept: 'application/json' },
  });
  const details = (await body.json()) as { workflow: { id: string; userReference?: string } };
  return `${details.workflow.id}:${details.workflow.userReference ?? '-'}`;
}
