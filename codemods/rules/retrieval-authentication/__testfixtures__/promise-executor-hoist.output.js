// Callback clients wrapped in a promise: the account lookup and the token are awaited above the promise, in the
// function around it (made async: its callers already get a promise); the executor stays synchronous and keeps
// resolve / reject as they were.
const request = require('request');
const https = require('https');
const { kyxAccessToken } = require('./kyx-auth');
const { resolveKyxWorkflowAccount } = require('./kyx-workflow-account');

async function authenticationResult(reference) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.js (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const kyxToken = await kyxAccessToken('emea-1');
  return new Promise((resolve, reject) => {
    request.get({
      url: `https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`,
      headers: { Authorization: `Bearer ${kyxToken}` },
      json: true,
    }, (err, response, body) => {
      if (err) return reject(err);
      if (response.statusCode !== 200) return reject(new Error(`Jumio answered ${response.statusCode}`));
      resolve({ user: body.workflow.userReference, reference: body.workflow.id });
    });
  });
}

const kyxToken = 'not the token of this call';

async function authenticationUser(reference) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.js (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const kyxToken2 = await kyxAccessToken('amer-1');
  const user = await new Promise((resolve, reject) => {
    https.get(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, { headers: { Authorization: `Bearer ${kyxToken2}` } }, (res) => {
      let data = '';
      res.on('data', (chunk) => (data += chunk));
      res.on('end', () => resolve(JSON.parse(data).workflow.userReference));
    }).on('error', reject);
  });
  return user || kyxToken;
}

// `return await new Promise(…)` in an async function: a failed lookup rejects what it returns, as a reject() did.
async function authenticationReference(reference) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.js (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const kyxToken = await kyxAccessToken('apac-1');
  return await new Promise((resolve, reject) => {
    request.get({ url: `https://retrieval.apac-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, headers: { Authorization: `Bearer ${kyxToken}` }, json: true },
      (err, response, body) => (err ? reject(err) : resolve(body.workflow.id)));
  });
}

module.exports = { authenticationResult, authenticationUser, authenticationReference };
