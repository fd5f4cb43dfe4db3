'use strict';

// hapi plugin: the identity verification return page (successUrl and errorUrl of the Jumio initiate call).
exports.plugin = {
  name: 'kyc-return',
  register(server) {
    server.route({
      method: 'GET',
      path: '/identity/return',
      handler: (request, h) => {
        const { transactionStatus, transactionReference, errorCode } = request.query;
        if (transactionStatus === 'SUCCESS') {
          return h.view('identity-ok', { reference: transactionReference });
        }
        return h.view('identity-failed', { errorCode });
      },
    });
  },
};
