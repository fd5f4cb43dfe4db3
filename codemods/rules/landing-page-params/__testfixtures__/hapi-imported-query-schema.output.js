'use strict';
const { identityReturnQuery } = require('./schemas');

// Success/error URL of the Jumio identity check (hapi 16 route config).
module.exports = {
  method: 'GET',
  path: '/identity/return',
  config: {
    // TODO(netverify-migrate): landing-page-params: the route's query schema (not declared in this file, or built by code) validates the redirect parameters: accept acquisitionStatus and workflowExecutionId there instead of transactionStatus and transactionReference, as the reads here were renamed (left, it rejects the KYX redirect)
    validate: { query: identityReturnQuery },
    handler: (request, reply) => {
      const { acquisitionStatus: transactionStatus, workflowExecutionId: transactionReference } = request.query;
      reply.redirect(transactionStatus === 'SUCCESS' ? `/account?ref=${transactionReference}` : '/identity');
    },
  },
};
