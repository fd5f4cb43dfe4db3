// The URL's pieces and the Basic credentials come from one required settings module: every dead name leaves the
// destructuring, the others stay.
const axios = require('axios');
const { USER_AGENT } = require('./netverify-endpoints.cjs');
const { kyxAccessToken } = require('./kyx-auth.cjs');
const { resolveKyxWorkflowAccount } = require('./kyx-workflow-account.cjs');

async function lookup(reference) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.cjs (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const { data } = await axios.get(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${encodeURIComponent(reference)}`, {
    headers: { 'User-Agent': USER_AGENT, Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  });
  return data.workflow.userReference;
}

module.exports = { lookup };
