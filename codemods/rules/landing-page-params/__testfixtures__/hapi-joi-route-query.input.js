'use strict';
const Joi = require('joi');

// Success/error URL of the identity check: Netverify appends the outcome to the query.
module.exports = {
  method: 'GET',
  path: '/identity/return',
  options: {
    auth: 'session',
    validate: {
      query: Joi.object({
        transactionStatus: Joi.string().valid('SUCCESS', 'ERROR').required(),
        transactionReference: Joi.string().guid().required(),
        errorCode: Joi.string().optional(),
      }),
    },
  },
  handler: async (request, h) => {
    const { transactionStatus, transactionReference, errorCode } = request.query;
    if (transactionStatus === 'SUCCESS') {
      await request.server.methods.identity.confirm(request.auth.credentials.userId, transactionReference);
      return h.redirect('/account');
    }
    return h.redirect(`/identity?error=${errorCode || ''}`);
  },
};
