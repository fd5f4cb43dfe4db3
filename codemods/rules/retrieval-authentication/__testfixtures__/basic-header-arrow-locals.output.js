const fetch = require('node-fetch');
const { kyxAccessToken } = require('./kyx-auth');
const { resolveKyxWorkflowAccount } = require('./kyx-workflow-account');

async function getAuthentication(ref) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.js (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(ref);
  const response = await fetch(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`, {
    headers: { Accept: 'application/json', 'User-Agent': 'Acme/1.0', Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
  });
  // TODO(netverify-migrate): retrieval-authentication: the retrieval details leave here whole and now have the KYX shape: transactionReference → workflow.id, userReference → workflow.userReference; transactionResult, transactionDate, scanSource, enrollmentTransactionReference, images and livenessImages are gone (see MIGRATION.md, retrieval-authentication); check every reader downstream
  return response.json();
}

module.exports = { getAuthentication };
