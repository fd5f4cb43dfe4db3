'use strict';
const Joi = require('joi');

// Card payment return URL: the gateway appends the transaction outcome.
module.exports = {
  method: 'GET',
  path: '/checkout/return',
  options: {
    validate: {
      query: Joi.object({
        transactionStatus: Joi.string().valid('APPROVED', 'DECLINED', 'ERROR').required(),
        transactionReference: Joi.string().required(),
      }),
    },
  },
  handler: async (request, h) => {
    const { transactionStatus, transactionReference } = request.query;
    await request.server.methods.orders.settle(transactionReference, transactionStatus);
    return h.redirect(transactionStatus === 'APPROVED' ? '/order/thanks' : '/cart');
  },
};
