const rp = require('request-promise');
const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth');

// The survey's ORM case: `redirectURL` (wrong casing, always undefined) next to a correct read.
async function startAuthentication(user) {
  // TODO(netverify-migrate): initiate-authentication: redirectURL is not a field of the legacy response (always undefined; did you mean redirectUrl?); in KYX the value is web.href
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(user.jumioIdScanReference);
  return rp({
    method: 'PUT',
    uri: `https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
    json: true,
    body: { customerInternalReference: String(user.id), workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: String(user.id) },
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  }).then((response) => user.update({ jumioEmbedURL: response.redirectURL, jumioTransactionID: response.workflowExecution.id }));
}

module.exports = { startAuthentication };
