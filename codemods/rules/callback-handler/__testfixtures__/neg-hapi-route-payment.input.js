'use strict';
// A hapi payment provider's webhook reads transactionReference / transactionResult too: not Jumio's callback.
const Hapi = require('@hapi/hapi');
const { settlePayment } = require('./store');

const server = Hapi.server({ port: 3000 });

server.route({
  method: 'POST',
  path: '/payments/callback',
  handler: async (request, h) => {
    const { transactionReference, transactionResult } = request.payload;
    await settlePayment(transactionReference, transactionResult === 'PASSED');
    return h.response().code(200);
  },
});

server.route([{ method: 'POST', path: '/payments/refund', options: { handler: (request) => settlePayment(request.payload.transactionReference, request.payload.transactionResult) } }]);

module.exports = server;
