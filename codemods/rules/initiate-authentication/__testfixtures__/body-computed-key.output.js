// A field written on the body with a computed key after its literal (opts.extra may hold successUrl, a legacy web
// field) cannot be mapped: it is reported instead of staying a top-level legacy field of the KYX request silently. A
// computed read (a log line) is no write and is not reported.
const axios = require('axios');
const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth');

async function start(user, opts) {
  // TODO(netverify-migrate): initiate-authentication: payload[k] is set after the body is built: check it is no legacy field (successUrl, errorUrl, locale → web.*; tokenLifetimeInMinutes → tokenLifetime)
  const kyxAccount = await resolveKyxAccount(user.ref);
  const payload = { customerInternalReference: user.ref, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } };
  for (const [k, v] of Object.entries(opts.extra)) payload[k] = v;
  console.log(payload[opts.debugKey]);
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const { data } = await axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, payload, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  return data.web.href;
}

module.exports = { start };
