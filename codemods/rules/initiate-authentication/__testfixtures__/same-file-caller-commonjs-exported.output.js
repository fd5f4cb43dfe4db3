const axios = require('axios');
const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth');

// Exported by `module.exports = { … }` and called here: the reads here move, and the value still leaves the module
// (a marker says so). The export statement's mention of the function is not a use that takes the value elsewhere.
async function startAuthentication(enrollmentRef) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentRef);
  const { data } = await axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, { customerInternalReference: enrollmentRef, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  });
  // TODO(netverify-migrate): initiate-authentication: the legacy initiate response leaves here whole: code that reads redirectUrl / transactionReference from it (callers, the front end, stored copies and string key paths) must read web.href / workflowExecution.id
  return data;
}

async function startAndLink(enrollmentRef) {
  const result = await startAuthentication(enrollmentRef);
  return { url: result.web.href, id: result.workflowExecution.id };
}

module.exports = { startAuthentication, startAndLink };
