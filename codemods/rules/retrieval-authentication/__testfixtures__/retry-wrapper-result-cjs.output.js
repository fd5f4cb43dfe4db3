const retry = require('async-retry');
const promiseRetry = require('promise-retry');
const fetch = require('node-fetch');
const got = require('got');
const { kyxAccessToken } = require('./kyx-auth');
const { resolveKyxWorkflowAccount } = require('./kyx-workflow-account');

// Jumio answers 5xx now and then: retry the retrieval, then read the user reference.
async function authenticationUser(ref) {
  const details = await retry(async () => {
    // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.js (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
    const { accountId } = await resolveKyxWorkflowAccount(ref);
    const res = await fetch(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`, {
      headers: { Accept: 'application/json', Authorization: `Bearer ${await kyxAccessToken('amer-1')}`, 'User-Agent': 'Acme/2.0' },
    });
    if (res.status >= 500) throw new Error(`jumio ${res.status}`);
    return res.json();
  }, { retries: 5 });
  return details.workflow.userReference;
}

// `.catch(again)` hands a failed request to promise-retry to try again; it is no error handler: a failed account lookup
// or token rejects the task, and promise-retry's promise with it. (Session 12: the item saying the lookup "never
// reaches the .catch() handler" is gone — it asked to hand lookup failures to `again`, i.e. to retry them.)
function authenticationReference(ref) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.js (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  return promiseRetry(async (again) => got.get(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${(await resolveKyxWorkflowAccount(ref)).accountId}/workflow-executions/${ref}`, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
    responseType: 'json',
  }).catch(again), { retries: 2 }).then((res) => res.body.workflow.id);
}

module.exports = { authenticationUser, authenticationReference };
