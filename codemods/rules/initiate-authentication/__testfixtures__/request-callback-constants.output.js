'use strict';
const request = require('request');
const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth');

async function authenticate(enrollmentTransactionReference, callbackUrl, onDone) {
  // TODO(netverify-migrate): initiate-authentication: the enclosing function was made async (it awaits the KYX account lookup and token): a failure there rejects its promise and never reaches the request callback: wrap the new awaits in try/catch and hand the error to it (an unhandled rejection stops Node; Express 4 does not catch async handlers)
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentTransactionReference);
  request.put(
    {
      uri: `https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
      json: true,
      headers: { 'User-Agent': 'Byteball Attestation/1.0', Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
      body: {
        customerInternalReference: enrollmentTransactionReference,
        workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
        callbackUrl,
        tokenLifetime: '3d',
      },
    },
    function (error, response, body) {
      if (error || response.statusCode !== 200) return onDone(error || new Error('jumio ' + response.statusCode));
      onDone(null, body.web.href, body.workflowExecution.id);
    },
  );
}

module.exports = { authenticate };
