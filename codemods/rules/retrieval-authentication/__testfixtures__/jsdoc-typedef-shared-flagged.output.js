// @ts-check
// Two retrievals read the details through one JSDoc typedef; the second call's host comes from a setting, so it is
// only flagged and keeps reading the legacy fields: the typedef keeps its legacy shape, with an item.
const axios = require('axios');
const { kyxAccessToken } = require('./kyx-auth');
const { resolveKyxWorkflowAccount } = require('./kyx-workflow-account');

// TODO(netverify-migrate): retrieval-authentication: JumioAuthDetails describes the legacy retrieval details of two calls: the legacy retrieval at line 25 is flagged (not migrated) and still reads the legacy fields, so the typedef keeps that shape; the migrated one at line 17 needs a KYX-shaped JSDoc type of its own (workflow.id, workflow.userReference)
/**
 * @typedef {object} JumioAuthDetails
 * @property {string} transactionReference
 * @property {string} transactionResult
 * @property {string} userReference
 */

const auth = { username: process.env.JUMIO_TOKEN || '', password: process.env.JUMIO_SECRET || '' };

/** @param {string} ref */
async function userOf(ref) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.js (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(ref);
  const res = await axios.get(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  /** @type {JumioAuthDetails} */
  const details = res.data;
  return details.workflow.userReference;
}

/** @param {string} ref */
async function resultFrom(ref) {
  // TODO(netverify-migrate): retrieval-authentication: legacy Jumio authentication retrieval not migrated automatically: its URL is netverify.com/api/netverify/v2/authentications/{…} by default but can come from a setting (an environment variable or config value) the codemod cannot read: migrate this call by hand to GET https://retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId} with an OAuth2 bearer token, and point the setting at the KYX host (see MIGRATION.md)
  const res = await axios.get(`${process.env.JUMIO_BASE || 'https://netverify.com'}/api/netverify/v2/authentications/${ref}`, { auth });
  /** @type {JumioAuthDetails} */
  const details = res.data;
  return `${details.transactionReference}: ${details.transactionResult}`;
}

module.exports = { userOf, resultFrom };
