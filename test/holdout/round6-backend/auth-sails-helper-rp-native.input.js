const rp = require('request-promise-native');

module.exports = {
  friendlyName: 'Start face authentication',

  description: 'Ask Jumio Netverify for a face authentication link for an enrolled user.',

  inputs: {
    user: { type: 'ref', required: true },
  },

  exits: {
    success: { description: 'The link and the reference.' },
  },

  fn: async function (inputs, exits) {
    const resp = await rp({
      method: 'POST',
      uri: 'https://netverify.com/api/authentication/v1/web/initiate',
      json: true,
      auth: { user: sails.config.custom.jumioToken, pass: sails.config.custom.jumioSecret },
      body: {
        enrollmentTransactionReference: inputs.user.jumioRef,
        userReference: inputs.user.id,
        successUrl: sails.config.custom.baseUrl + '/face/done',
        errorUrl: sails.config.custom.baseUrl + '/face/failed',
      },
    });
    await User.updateOne({ id: inputs.user.id }).set({ faceAuthRef: resp.transactionReference });
    return exits.success({ url: resp.redirectUrl, ref: resp.transactionReference });
  },
};
