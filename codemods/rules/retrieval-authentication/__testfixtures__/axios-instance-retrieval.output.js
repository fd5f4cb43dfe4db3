const axios = require('axios');
const { kyxAccessToken } = require('./kyx-auth');
const { resolveKyxWorkflowAccount } = require('./kyx-workflow-account');

// One axios client per data centre; the US one reads authentication results with a relative path.
// TODO(netverify-migrate): retrieval-authentication: this axios instance still carries the legacy Basic credentials (migrated calls pass auth: null, because axios sends an instance's auth instead of any Authorization header); remove them once none of its calls goes to a legacy Jumio host
const jumioUs = axios.create({
  baseURL: 'https://netverify.com/api/netverify/v2/',
  auth: { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET },
  headers: { 'User-Agent': 'Acme Lending jumio-client/2.3' },
  timeout: 10000,
});

async function getAuthenticationResult(transactionReference) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.js (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(transactionReference);
  const response = await jumioUs.get(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${transactionReference}`, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` }, auth: null });
  // TODO(netverify-migrate): retrieval-authentication: transactionResult is not in the KYX workflow details: derive it from workflow.status + capabilities.authentication[].decision.type (CREATED → workflow.status INITIATED; STARTED → workflow.status INITIATED, or ACQUIRED once the capture is submitted; PASSED → workflow.status PROCESSED and capabilities.authentication[].decision.type PASSED; FAILED → workflow.status PROCESSED and capabilities.authentication[].decision.type REJECTED; INVALID → not stated: authentication decision NOT_EXECUTED or usability REJECTED; EXPIRED → workflow.status SESSION_EXPIRED or TOKEN_EXPIRED)
  const { workflow: { userReference }, transactionResult } = response.data;
  return { userReference, passed: transactionResult === 'PASSED' };
}

module.exports = { getAuthenticationResult };
