import got from 'got';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

// got's username / password written after the headers object: both go, the header gets the token.
export async function lookupUser(ref: string) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(ref);
  const details = await got(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`, { headers: { Accept: 'application/json', Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } }).json<{ workflow: { userReference: string } }>();
  return details.workflow.userReference;
}
