const rp = require('request-promise-native');
const { kyxAccessToken } = require('./kyx-auth');
const { resolveKyxWorkflowAccount } = require('./kyx-workflow-account');

async function outcome(reference) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.js (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const res = await rp({
    uri: `https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`,
    json: true,
    resolveWithFullResponse: true,
    headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
  });
  if (res.statusCode !== 200) throw new Error('retrieval failed');
  return { ref: res.body.workflow.id, user: res.body.workflow.userReference };
}

module.exports = { outcome };
