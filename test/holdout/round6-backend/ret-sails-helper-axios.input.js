const axios = require('axios');

module.exports = {
  friendlyName: 'Fetch face authentication',

  inputs: {
    reference: { type: 'string', required: true },
  },

  fn: async function ({ reference }) {
    const { data } = await axios.get(`https://netverify.com/api/netverify/v2/authentications/${reference}`, {
      auth: { username: sails.config.custom.jumioToken, password: sails.config.custom.jumioSecret },
    });
    sails.log.info('face authentication %s is %s', data.transactionReference, data.transactionResult);
    return data;
  },
};
