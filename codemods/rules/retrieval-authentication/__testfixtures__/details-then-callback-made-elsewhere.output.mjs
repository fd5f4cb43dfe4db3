// A `.then` callback made elsewhere (an imported helper's result) gets the details out of sight: they leave there
// (item); they were dropped silently. (The file's own pass-through `tap` is followed: details-then-own-tap.)
import axios from 'axios';
import { withAudit } from './audit.mjs';
import { kyxAccessToken } from './kyx-auth.mjs';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account.mjs';

export async function decision(ref) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.mjs (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  // TODO(netverify-migrate): retrieval-authentication: the retrieval details leave here whole and now have the KYX shape: transactionReference → workflow.id, userReference → workflow.userReference; transactionResult, transactionDate, scanSource, enrollmentTransactionReference, images and livenessImages are gone (see MIGRATION.md, retrieval-authentication); check every reader downstream
  const { accountId } = await resolveKyxWorkflowAccount(ref);
  const details = await axios
    .get(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } })
    .then(({ data }) => data)
    .then(withAudit((d) => console.log(d.transactionReference)));
  return details.transactionResult;
}
