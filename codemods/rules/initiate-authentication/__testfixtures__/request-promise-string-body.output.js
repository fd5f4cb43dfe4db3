const rp = require('request-promise-native');
const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth');

async function createAuthenticationSession(user) {
  const kyxAccount = await resolveKyxAccount(user.enrollmentRef);
  const payload = {
    "customerInternalReference": user.id,
    "workflowDefinition": { "key": 9, "credentials": [{ "id": kyxAccount.credentialId, "category": 'ID' }, { "category": 'FACEMAP' }] },
    "userReference": user.id,
    "web": {
      "successUrl": `${process.env.APP_URL}/kyc/auth-ok`,
      "errorUrl": `${process.env.APP_URL}/kyc/auth-failed`,
    },
  };
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const raw = await rp({
    method: 'PUT',
    uri: `https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
    body: JSON.stringify(payload),
    headers: { 'Content-Type': 'application/json', 'User-Agent': 'Cryptomine KYC/1.0', Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
  });
  const parsed = JSON.parse(raw);
  return { iframeUrl: parsed.web.href, verificationTxReference: parsed.workflowExecution.id };
}

module.exports = { createAuthenticationSession };
