import { kyxAccessToken } from './kyx-auth.mjs';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account.mjs';

export async function lookup(reference, basic) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.mjs (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  return fetch(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  })
    .then((r) => r.json())
    .then((d) => d.workflow.id);
}

export const lookupAsync = async (reference, basic) =>
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.mjs (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  fetch(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${(await resolveKyxWorkflowAccount(reference)).accountId}/workflow-executions/${reference}`, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } })
    .then((r) => r.json())
    .then(({ workflow: { id: transactionReference, userReference } }) => ({ transactionReference, userReference }));
