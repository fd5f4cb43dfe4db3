// Options written `key : value`: the Bearer header that replaces the Basic credentials is spaced the same way (and
// quoted like the header keys quoted by habit, 'Accept').
const axios = require('axios');
const rp = require('request-promise');
const { kyxAccessToken } = require('./kyx-auth');
const { resolveKyxWorkflowAccount } = require('./kyx-workflow-account');

async function authenticationResult(reference) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.js (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const { data } = await axios.get(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, {
    headers : { Authorization : `Bearer ${await kyxAccessToken('emea-1')}` },
    timeout : 10000
  });
  return data.workflow.id;
}

async function authenticationUser(reference) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.js (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const body = await rp({
    uri : `https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`,
    headers : { 'Accept' : 'application/json', 'Authorization' : `Bearer ${await kyxAccessToken('emea-1')}` },
    json : true
  });
  return body.workflow.userReference;
}

module.exports = { authenticationResult, authenticationUser };
