// axios's methods taken off its default export (they stay bound to it): the initiate becomes put(…), bound beside.
const { get, post, put } = require('axios');
const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth.cjs');

async function loyaltyTier(userId) {
  const { data } = await get(`https://loyalty.example.com/api/users/${userId}`);
  return data.tier;
}

async function startFaceLogin(user) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.cjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(user.enrollmentRef);
  const response = await put(
    `https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
    { customerInternalReference: user.id, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: user.id },
    { headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` } },
  );
  return { url: response.data.web.href, reference: response.data.workflowExecution.id };
}

module.exports = { loyaltyTier, startFaceLogin };
