// Wreck.request through a Wreck.defaults() instance, read with the instance's own read(res, { json: true }).
const Wreck = require('@hapi/wreck');
const { kyxAccessToken } = require('./kyx-auth');
const { resolveKyxWorkflowAccount } = require('./kyx-workflow-account');

// TODO(netverify-migrate): retrieval-authentication: this Wreck.defaults() instance still carries the legacy Basic credentials (migrated calls override the Authorization header); remove them once none of its calls goes to a legacy Jumio host
const jumio = Wreck.defaults({
  baseUrl: 'https://netverify.com',
  headers: { Authorization: `Basic ${Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64')}` },
});

async function userOf(reference) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.js (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const res = await jumio.request('GET', `https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  if (res.statusCode !== 200) throw new Error(`retrieval failed: ${res.statusCode}`);
  const details = await jumio.read(res, { json: true });
  return details.workflow.userReference;
}

module.exports = { userOf };
