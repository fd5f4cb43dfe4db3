const axios = require('axios');

module.exports = {
  friendlyName: 'Create iDenfy token',

  inputs: { user: { type: 'ref', required: true } },

  fn: async function ({ user }) {
    const { data } = await axios.post(
      'https://ivs.idenfy.com/api/v2/token',
      { clientId: user.id, successUrl: 'https://app.example.com/kyc/ok', errorUrl: 'https://app.example.com/kyc/fail', locale: 'en', tokenLifetime: 3600 },
      { auth: { username: sails.config.custom.idenfyKey, password: sails.config.custom.idenfySecret } },
    );
    return { redirectUrl: `https://ivs.idenfy.com/api/v2/redirect?authToken=${data.authToken}`, transactionReference: data.scanRef };
  },
};
