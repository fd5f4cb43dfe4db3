// Copies of the retrieval details that keep their fields: Object.assign onto an empty object with the app's keys,
// a rest element. Their reads move.
import axios from 'axios';
import { kyxAccessToken } from './kyx-auth.mjs';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account.mjs';

export async function review(ref, reviewer) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.mjs (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(ref);
  const { data } = await axios.get(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  });
  const copy = Object.assign({}, data, { reviewer });
  // TODO(netverify-migrate): retrieval-authentication: transactionDate is not in the KYX workflow details (derived): createdAt (or startedAt; the guides do not say which)
  const { transactionDate, ...others } = data;
  return { ref: copy.workflow.id, user: others.workflow.userReference, at: transactionDate, by: copy.reviewer };
}
