// axios methods taken off its default export: the retrieval through get(…) is migrated, the payment post(…) is not.
const { get, post } = require('axios');
const { kyxAccessToken } = require('./kyx-auth');
const { resolveKyxWorkflowAccount } = require('./kyx-workflow-account');

async function result(reference) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.js (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const { data } = await get(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, { headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` } });
  // TODO(netverify-migrate): retrieval-authentication: transactionResult is not in the KYX workflow details: derive it from workflow.status + capabilities.authentication[].decision.type (CREATED → workflow.status INITIATED; STARTED → workflow.status INITIATED, or ACQUIRED once the capture is submitted; PASSED → workflow.status PROCESSED and capabilities.authentication[].decision.type PASSED; FAILED → workflow.status PROCESSED and capabilities.authentication[].decision.type REJECTED; INVALID → not stated: authentication decision NOT_EXECUTED or usability REJECTED; EXPIRED → workflow.status SESSION_EXPIRED or TOKEN_EXPIRED)
  return { status: data.transactionResult, user: data.workflow.userReference };
}

async function pay(order) {
  const { data } = await post('https://api.payments.example/v4/initiate', { successUrl: order.ok, errorUrl: order.ko, transactionReference: order.id });
  return data.redirectUrl;
}
module.exports = { result, pay };
