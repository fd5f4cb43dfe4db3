'use strict';
const request = require('request');
const { URL_POST_INITIATE, HTTP_BASIC_AUTHENTICATION } = require('./constants');

function authenticate(enrollmentTransactionReference, callbackUrl, onDone) {
  request.post(
    {
      uri: URL_POST_INITIATE,
      json: true,
      headers: { 'User-Agent': 'Byteball Attestation/1.0' },
      body: {
        enrollmentTransactionReference,
        callbackUrl,
        tokenLifetimeInMinutes: 4320,
      },
      auth: HTTP_BASIC_AUTHENTICATION,
    },
    function (error, response, body) {
      if (error || response.statusCode !== 200) return onDone(error || new Error('jumio ' + response.statusCode));
      onDone(null, body.redirectUrl, body.transactionReference);
    },
  );
}

module.exports = { authenticate };
