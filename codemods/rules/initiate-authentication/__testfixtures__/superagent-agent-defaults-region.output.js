// A superagent agent with its Basic credentials as a default, its host chosen per region at the call: an agent has no
// base URL, so the region map is migrated as for superagent itself (legacy origin → KYX origin table beside the call).
const superagent = require('superagent');
const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth');

const HOSTS = { US: 'https://netverify.com', EU: 'https://lon.netverify.com' };
// TODO(netverify-migrate): initiate-authentication: this superagent.agent() instance still carries the legacy Basic credentials (migrated calls override the Authorization header); remove them once none of its calls goes to a legacy Jumio host
const jumio = superagent.agent().auth(process.env.JUMIO_TOKEN, process.env.JUMIO_SECRET);

async function startAuthentication(user, region) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(user.enrollmentRef);
  const kyxOrigin = { 'https://netverify.com': 'https://account.amer-1.jumio.ai', 'https://lon.netverify.com': 'https://account.emea-1.jumio.ai' }[new URL(`${HOSTS[region]}/api/authentication/v1/web/initiate`).origin];
  const res = await jumio
    .put(`${kyxOrigin}/api/v1/accounts/${kyxAccount.accountId}`).set('Authorization', `Bearer ${await kyxAccessToken(kyxOrigin)}`)
    .send({ customerInternalReference: user.id, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: user.id });
  return res.body.web.href;
}

async function details(ref, region) {
  const res = await jumio.get(`${HOSTS[region]}/api/netverify/v2/authentications/${ref}`);
  return res.body.userReference;
}

module.exports = { startAuthentication, details };
