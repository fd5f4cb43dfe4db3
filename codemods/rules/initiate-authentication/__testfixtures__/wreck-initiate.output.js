'use strict';

const Wreck = require('@hapi/wreck');
const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth');

// A hapi plugin's helper: starts a face authentication for a returning customer.

exports.startFaceCheck = async (request, h) => {
  const { customer } = request.auth.credentials;
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(customer.jumioReference);
  const { payload } = await Wreck.put(`https://account.apac-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    json: true,
    timeout: 15000,
    headers: {
      Authorization: `Bearer ${await kyxAccessToken('apac-1')}`,
      'User-Agent': 'Merlion Securities/5.2',
    },
    payload: {
      customerInternalReference: customer.id,
      workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
      userReference: customer.id,
      web: { locale: 'en-GB' },
    },
  });
  return h.redirect(payload.web.href);
};
