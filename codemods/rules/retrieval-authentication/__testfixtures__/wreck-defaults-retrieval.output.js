const Wreck = require('@hapi/wreck');
const { kyxAccessToken } = require('./kyx-auth');
const { resolveKyxWorkflowAccount } = require('./kyx-workflow-account');

// TODO(netverify-migrate): retrieval-authentication: this Wreck.defaults() instance still carries the legacy Basic credentials (migrated calls override the Authorization header); remove them once none of its calls goes to a legacy Jumio host
const jumio = Wreck.defaults({
  baseUrl: 'https://netverify.com/api/netverify/v2/',
  headers: { Authorization: `Basic ${Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64')}` },
  json: 'strict',
});

// The callback only says an authentication finished: read who it was for.
async function authenticatedUser(transactionReference) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.js (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(transactionReference);
  const { payload } = await jumio.get(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${transactionReference}`, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  return payload.workflow.userReference;
}

module.exports = { authenticatedUser };
