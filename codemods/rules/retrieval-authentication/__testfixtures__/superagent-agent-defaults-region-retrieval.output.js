// A superagent agent with its Basic credentials as a default, its host chosen per region at the call: an agent has no
// base URL, so the region map is migrated as for superagent itself (legacy origin → KYX origin table beside the call).
const superagent = require('superagent');
const { kyxAccessToken } = require('./kyx-auth');
const { resolveKyxWorkflowAccount } = require('./kyx-workflow-account');

const HOSTS = { US: 'https://netverify.com', EU: 'https://lon.netverify.com' };
// TODO(netverify-migrate): retrieval-authentication: this superagent.agent() instance still carries the legacy Basic credentials (migrated calls override the Authorization header); remove them once none of its calls goes to a legacy Jumio host
const jumio = superagent.agent().auth(process.env.JUMIO_TOKEN, process.env.JUMIO_SECRET);

async function startAuthentication(user, region) {
  const res = await jumio
    .post(`${HOSTS[region]}/api/authentication/v1/web/initiate`)
    .send({ enrollmentTransactionReference: user.enrollmentRef, userReference: user.id });
  return res.body.redirectUrl;
}

async function details(ref, region) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.js (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(ref);
  const kyxOrigin = ({ 'https://netverify.com': 'https://retrieval.amer-1.jumio.ai', 'https://lon.netverify.com': 'https://retrieval.emea-1.jumio.ai' })[new URL(`${HOSTS[region]}/api/netverify/v2/authentications/${ref}`).origin];
  const res = await jumio.get(`${kyxOrigin}/api/v1/accounts/${accountId}/workflow-executions/${ref}`).set('Authorization', `Bearer ${await kyxAccessToken(kyxOrigin)}`);
  return res.body.workflow.userReference;
}

module.exports = { startAuthentication, details };
