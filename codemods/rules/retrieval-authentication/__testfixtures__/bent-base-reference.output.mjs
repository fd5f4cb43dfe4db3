import bent from 'bent';
import { kyxAccessToken } from './kyx-auth.mjs';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account.mjs';

// The factory's base ends with the retrieval path: each call passes only the transaction reference.

export async function faceLoginUser(transactionReference) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.mjs (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(transactionReference);
  const details = await bent('GET', 'json', 200, { Accept: 'application/json' })(`https://retrieval.apac-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${transactionReference}`, null, { Authorization: `Bearer ${await kyxAccessToken('apac-1')}` });
  return details.workflow.userReference;
}
