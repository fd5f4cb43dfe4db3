// The account lookup goes above a lint directive that applies to the call's line.
import axios from 'axios';
import { kyxAccessToken } from './kyx-auth.mjs';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account.mjs';

export async function results(refs) {
  const out = [];
  for (const ref of refs) {
    const { accountId } = await resolveKyxWorkflowAccount(ref);
    // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.mjs (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
    // eslint-disable-next-line no-await-in-loop
    const { data } = await axios.get(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
    out.push(data.workflow.userReference);
  }
  return out;
}
