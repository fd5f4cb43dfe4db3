'use strict';
const request = require('request');

// Byteball / Redirect-Batch style: literal v4 URL, json: true, auth { user, password }, positional results.
function initVerification(userId, onDone) {
  request(
    {
      url: 'https://lon.netverify.com/api/v4/initiate',
      method: 'POST',
      json: {
        customerInternalReference: 'att-' + userId,
        userReference: userId,
        callbackUrl: 'https://attest.example.org/jumio/callback',
        tokenLifetimeInMinutes: 4320,
      },
      headers: { 'User-Agent': 'Example Attestation/1.0' },
      auth: { user: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET, sendImmediately: true },
    },
    (error, response, body) => {
      if (error) return onDone(error);
      if (response.statusCode !== 200) return onDone(new Error('initiate failed ' + response.statusCode));
      onDone(null, body.redirectUrl, body.transactionReference);
    },
  );
}

module.exports = { initVerification };
