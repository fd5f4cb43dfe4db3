const axios = require('axios');
const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth');

const DATACENTERS = {
  US: 'https://netverify.com',
  EU: 'https://lon.netverify.com',
  SGP: 'https://core-sgp.jumio.com',
};

async function startAuthentication({ region, enrollmentTransactionReference, userReference, locale, successUrl }) {
  const base = region === 'EU' ? DATACENTERS.EU : region === 'SGP' ? DATACENTERS.SGP : DATACENTERS.US;
  const kyxAccount = await resolveKyxAccount(enrollmentTransactionReference);
  const kyxOrigin = { 'https://lon.netverify.com': 'https://account.emea-1.jumio.ai', 'https://core-sgp.jumio.com': 'https://account.apac-1.jumio.ai', 'https://netverify.com': 'https://account.amer-1.jumio.ai' }[new URL(base + '/api/authentication/v1/web/initiate').origin];
  const body = {
    customerInternalReference: userReference,
    workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
    userReference,
    web: { ...(locale ? { locale } : {}), ...(successUrl && { successUrl }) },
  };
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const { data } = await axios({
    url: `${kyxOrigin}/api/v1/accounts/${kyxAccount.accountId}`,
    method: 'PUT',
    data: body,
    headers: { 'User-Agent': 'Acme/1.0', Authorization: `Bearer ${await kyxAccessToken(kyxOrigin)}` },
  });
  const { web: { href: iframeUrl }, workflowExecution: { id: txRef = null } = {} } = data;
  return { iframeUrl, txRef };
}

module.exports = { startAuthentication };
