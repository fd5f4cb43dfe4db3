// CommonJS superagent, the chain starting on the required client (a .set('Authorization', …) link): the client is
// still read by the migrated chain and must not be reported as no longer read.
const request = require('superagent');
const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth');

async function startFaceLogin(user) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(user.enrollment);
  const res = await request.put(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`)
    .set('Authorization', `Bearer ${await kyxAccessToken('emea-1')}`)
    .send({ customerInternalReference: user.id, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: user.id });
  return { url: res.body.web.href, reference: res.body.workflowExecution.id };
}

module.exports = { startFaceLogin };
