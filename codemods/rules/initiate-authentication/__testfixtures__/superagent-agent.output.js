// A superagent agent (cookies and defaults kept across requests): its requests are superagent chains.
const superagent = require('superagent');
const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth');

const jumio = superagent.agent();

async function startAuthentication(user) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(user.enrollmentRef);
  const res = await jumio
    .put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`)
    .set('Authorization', `Bearer ${await kyxAccessToken('amer-1')}`)
    .set('User-Agent', 'Acme/1.0')
    .send({ customerInternalReference: user.id, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: user.id });
  return { url: res.body.web.href, ref: res.body.workflowExecution.id };
}

module.exports = { startAuthentication };
