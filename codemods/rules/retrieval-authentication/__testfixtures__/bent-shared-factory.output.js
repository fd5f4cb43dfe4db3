// A bent factory that another call still uses (an ID Verification scan lookup): the factory stays, with its base
// and Basic header; the migrated retrieval makes its own inline factory.
const bent = require('bent');
const { kyxAccessToken } = require('./kyx-auth');
const { resolveKyxWorkflowAccount } = require('./kyx-workflow-account');

const JUMIO_BASIC = `Basic ${Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64')}`;
const getJson = bent('https://lon.netverify.com/api/netverify/v2/', 'json', { Authorization: JUMIO_BASIC });

async function authenticationUser(reference) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.js (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const details = await bent('GET', 'json')(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, null, { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` });
  return details.workflow.userReference;
}

async function scanStatus(scanReference) {
  return getJson(`scans/${scanReference}`);
}

module.exports = { authenticationUser, scanStatus };
