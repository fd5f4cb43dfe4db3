const rp = require('request-promise-native');
const { kyxAccessToken } = require('./kyx-auth');
const { resolveKyxWorkflowAccount } = require('./kyx-workflow-account');

async function userOfAuthentication(reference) {
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const body = await rp({
    uri: `https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`,
    headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
    json: true,
  });
  return body.workflow.userReference;
}

module.exports = { userOfAuthentication };
