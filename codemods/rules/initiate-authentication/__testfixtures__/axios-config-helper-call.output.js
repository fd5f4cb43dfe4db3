const axios = require('axios');
const { jumioConfig } = require('./jumio-config');
const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth');

async function startFaceLogin(user) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(user.scanRef);
  const kyxRequestConfig = jumioConfig({ timeout: 10000 });
  const res = await axios.put(
    `https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
    { customerInternalReference: user.id, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: user.id },
    { ...kyxRequestConfig, headers: { ...kyxRequestConfig?.headers, Authorization: `Bearer ${await kyxAccessToken('amer-1')}` }, auth: null },
  );
  return res.data.web.href;
}

module.exports = { startFaceLogin };
