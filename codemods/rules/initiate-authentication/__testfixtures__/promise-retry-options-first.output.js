// promise-retry, options first: what it resolves with is the call's response.
const axios = require('axios');
const promiseRetry = require('promise-retry');
const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth');

async function startAuthentication(enrollment, user) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const res = await promiseRetry({ retries: 3 }, async (retry, attempt) => {
    const kyxAccount = await resolveKyxAccount(enrollment);
    return axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, { customerInternalReference: user, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: user }, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } }).catch(retry);
  });
  return { url: res.data.web.href, ref: res.data.workflowExecution.id };
}

module.exports = { startAuthentication };
