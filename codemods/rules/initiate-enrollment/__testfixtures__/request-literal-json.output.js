'use strict';
const request = require('request');
const { kyxAccessToken } = require('./kyx-auth');

// Byteball / Redirect-Batch style: literal v4 URL, json: true, auth { user, password }, positional results.
async function initVerification(userId, onDone) {
  // TODO(netverify-migrate): initiate-enrollment: the enclosing function was made async (it awaits the KYX token): a failure there rejects its promise and never reaches the request callback: wrap the new awaits in try/catch and hand the error to it (an unhandled rejection stops Node; Express 4 does not catch async handlers)
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.js); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  // TODO(netverify-migrate): initiate-enrollment: its callbackUrl now receives KYX callbacks: application/json with workflowExecution { id, href, status } and account { id, href }, no verification result or images (GET the workflow details for them) — the handler behind that URL (legacy form fields such as verificationStatus, jumioIdScanReference) must change with this call (see MIGRATION.md)
  request(
    {
      url: 'https://account.emea-1.jumio.ai/api/v1/accounts',
      method: 'POST',
      json: {
        customerInternalReference: 'att-' + userId,
        userReference: userId,
        callbackUrl: 'https://attest.example.org/jumio/callback',
        tokenLifetime: '3d',
        workflowDefinition: { key: 3 },
      },
      headers: { 'User-Agent': 'Example Attestation/1.0', Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
    },
    (error, response, body) => {
      if (error) return onDone(error);
      if (response.statusCode !== 200) return onDone(new Error('initiate failed ' + response.statusCode));
      onDone(null, body.web.href, body.workflowExecution.id);
    },
  );
}

module.exports = { initVerification };
