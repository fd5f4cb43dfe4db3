'use strict';
const axios = require('axios');
const get = require('lodash/get');

const JUMIO_AUTH_URL = 'https://netverify.com/api/authentication/v1/web/initiate';

async function createAuthenticationLink(customer) {
  const res = await axios.post(
    JUMIO_AUTH_URL,
    {
      enrollmentTransactionReference: customer.jumioScanRef,
      userReference: customer.uuid,
      callbackUrl: 'https://kyc.example.org/jumio/auth-callback',
    },
    { auth: { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET } },
  );
  return {
    link: get(res, 'data.redirectUrl'),
    reference: get(res, ['data', 'transactionReference'], null),
  };
}

module.exports = { createAuthenticationLink };
