import superagent from 'superagent';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

export async function authenticationUser(reference: string): Promise<string | undefined> {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const res = await superagent
    .get(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`)
    .set('Authorization', `Bearer ${await kyxAccessToken('amer-1')}`)
    .set('Accept', 'application/json');
  return res.body.workflow.userReference;
}
