'use strict';
const { identityReturnQuery } = require('./schemas');

// Success/error URL of the Jumio identity check (hapi 16 route config).
module.exports = {
  method: 'GET',
  path: '/identity/return',
  config: {
    validate: { query: identityReturnQuery },
    handler: (request, reply) => {
      const { transactionStatus, transactionReference } = request.query;
      reply.redirect(transactionStatus === 'SUCCESS' ? `/account?ref=${transactionReference}` : '/identity');
    },
  },
};
