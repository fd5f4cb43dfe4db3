// @ts-check
const axios = require('axios');
const { kyxAccessToken } = require('./kyx-auth');
const { resolveKyxWorkflowAccount } = require('./kyx-workflow-account');

// TODO(netverify-migrate): retrieval-authentication: this type describes the legacy retrieval details; transactionResult is not in the KYX workflow details (now: workflow.status + capabilities.authentication[].decision.type); enrollmentTransactionReference is not in the KYX workflow details (now: not returned; closest is account.id (keep your own mapping))
/**
 * The legacy authentication details, as the docs listed them.
 * @typedef {object} AuthenticationDetails
 * @property {{ id: string, userReference?: string }} workflow
 * @property {string} transactionResult PASSED, FAILED, …
 * @property {string} enrollmentTransactionReference
 */

/**
 * @param {string} ref
 * @returns {Promise<string | undefined>}
 */
async function authenticatedUser(ref) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.js (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(ref);
  const res = await axios.get(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  });
  /** @type {AuthenticationDetails} */
  const details = res.data;
  return details.workflow.userReference;
}

module.exports = { authenticatedUser };
