// Web fields added to the body after its literal: with Object.assign and with a bracket key. A source mixing a web
// field with others, or one the codemod cannot see, is reported.
const axios = require('axios');
const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth');

async function start(user, opts) {
  const kyxAccount = await resolveKyxAccount(user.ref);
  const payload = { customerInternalReference: user.id, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: user.id, web: {} };
  Object.assign(payload.web, { successUrl: opts.successUrl, locale: opts.locale });
  if (opts.errorUrl) payload['web']['errorUrl'] = opts.errorUrl;
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const { data } = await axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, payload, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  return data.web.href;
}

async function startMixed(user, extra) {
  // TODO(netverify-migrate): initiate-authentication: Object.assign sets legacy fields (successUrl) on body after the body is built: move them into the literal so the codemod can map them, or map them by hand
  // TODO(netverify-migrate): initiate-authentication: Object.assign adds fields to body after the body is built: check they hold no legacy field (successUrl, errorUrl, locale → web.*; tokenLifetimeInMinutes → tokenLifetime)
  const kyxAccount2 = await resolveKyxAccount(user.ref);
  const body = { customerInternalReference: user.id, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount2.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: user.id };
  Object.assign(body, { successUrl: user.successUrl, callbackUrl: 'https://example.com/jumio/callback' });
  Object.assign(body, extra);
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const { data } = await axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount2.accountId}`, body, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  return data.web.href;
}

module.exports = { start, startMixed };
