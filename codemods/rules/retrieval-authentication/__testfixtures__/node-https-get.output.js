// Node's https.get on the legacy retrieval, in an async function: the chunks are joined and JSON.parse'd in the
// callback; the reads of the details there are rewritten or flagged like any client's.
const https = require('node:https');
const { kyxAccessToken } = require('./kyx-auth');
const { resolveKyxWorkflowAccount } = require('./kyx-workflow-account');

async function authenticationStatus(reference, done) {
  // TODO(netverify-migrate): retrieval-authentication: the KYX account lookup and token are awaited before this call is made: a failure there rejects the enclosing function and never reaches the request callback: wrap the new awaits in try/catch and hand the error to it
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.js (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  https.get(
    `https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`,
    { headers: { Accept: 'application/json', Authorization: `Bearer ${await kyxAccessToken('amer-1')}`, 'User-Agent': 'Example Auth/1.4' } },
    (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => {
        const details = JSON.parse(Buffer.concat(chunks).toString());
        // TODO(netverify-migrate): retrieval-authentication: transactionResult is not in the KYX workflow details: derive it from workflow.status + capabilities.authentication[].decision.type (CREATED → workflow.status INITIATED; STARTED → workflow.status INITIATED, or ACQUIRED once the capture is submitted; PASSED → workflow.status PROCESSED and capabilities.authentication[].decision.type PASSED; FAILED → workflow.status PROCESSED and capabilities.authentication[].decision.type REJECTED; INVALID → not stated: authentication decision NOT_EXECUTED or usability REJECTED; EXPIRED → workflow.status SESSION_EXPIRED or TOKEN_EXPIRED)
        done(null, { user: details.workflow.userReference, result: details.transactionResult });
      });
    },
  );
}

// Node's own `auth: 'user:pass'` option (Basic) gives way to the Bearer header.
async function authenticatedUser(reference, cb) {
  // TODO(netverify-migrate): retrieval-authentication: the KYX account lookup and token are awaited before this call is made: a failure there rejects the enclosing function and never reaches the request callback: wrap the new awaits in try/catch and hand the error to it
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.js (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  https.get(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, { headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` } }, (res) => {
    let text = '';
    res.on('data', (c) => (text += c));
    res.on('end', () => cb(JSON.parse(text).workflow.userReference));
  });
}

// Inside a promise executor the lookup and token are awaited above the promise (the executor stays synchronous);
// the text it resolves with is followed to JSON.parse.
async function userOf(reference) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.js (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const kyxToken = await kyxAccessToken('emea-1');
  const raw = await new Promise((resolve, reject) => {
    https.get(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, { headers: { Authorization: `Bearer ${kyxToken}` } }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve(text));
    }).on('error', reject);
  });
  return JSON.parse(raw).workflow.userReference;
}

module.exports = { authenticationStatus, authenticatedUser, userOf };
