'use strict';
// Jumio helpers of the account service (CommonJS, Node 16).
const axios = require('axios');

const INITIATE = 'https://netverify.com/api/authentication/v1/web/initiate';

module.exports = {
  startReauthentication(user) {
    return axios
      .post(
        INITIATE,
        {
          enrollmentTransactionReference: user.jumioReference,
          userReference: user.uuid,
          callbackUrl: process.env.PUBLIC_BASE_URL + '/jumio/auth-callback',
        },
        {
          auth: { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET },
          headers: { 'User-Agent': 'Fabrikam Accounts/3.4' },
        },
      )
      .then(({ data: { redirectUrl, transactionReference } }) => ({ redirectUrl, transactionReference }));
  },

  describe() {
    return 'jumio netverify authentication';
  },
};
