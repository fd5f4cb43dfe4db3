// web-request's get(uri, options): the body on .content, the text without json: true, read through JSON.parse.
// (Was web-request-get-flagged until session 12: the reads on .content are followed now, so the call is migrated;
// request's auth option goes, since request would set its Basic header over the Bearer one.)
import { get } from 'web-request';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

export async function authenticationUser(reference: string): Promise<string> {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const result = await get(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
  });
  return JSON.parse(result.content).workflow.userReference;
}
