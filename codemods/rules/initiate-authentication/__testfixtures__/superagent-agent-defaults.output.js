// A superagent agent with the Basic credentials and a User-Agent chained on it as defaults.
const superagent = require('superagent');
const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth');

// TODO(netverify-migrate): initiate-authentication: this superagent.agent() instance still carries the legacy Basic credentials (migrated calls override the Authorization header); remove them once none of its calls goes to a legacy Jumio host
const jumio = superagent.agent().auth(process.env.JUMIO_TOKEN, process.env.JUMIO_SECRET).set('User-Agent', 'Acme/1.0');

async function startAuthentication(user) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(user.enrollmentRef);
  const res = await jumio
    .put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`).set('Authorization', `Bearer ${await kyxAccessToken('amer-1')}`)
    .send({ customerInternalReference: user.id, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: user.id });
  return { url: res.body.web.href, ref: res.body.workflowExecution.id };
}

module.exports = { startAuthentication };
