'use strict';
// hapi route objects holding a handler that reads the legacy authentication callback form: in place, under options
// (in an array of routes, as a method), and a function of the file the route names as its handler.
const Hapi = require('@hapi/hapi');
const { recordAuthentication } = require('./store');

const init = async () => {
  const server = Hapi.server({ port: 3000 });

  server.route({
    method: 'POST',
    path: '/jumio/callback',
    handler: async (request, h) => {
      const { transactionReference, transactionResult } = request.payload;
      await recordAuthentication(transactionReference, transactionResult === 'PASSED');
      return h.response().code(200);
    },
  });

  server.route([
    { method: 'GET', path: '/health', handler: () => 'ok' },
    {
      method: 'POST',
      path: '/netverify/auth-callback',
      options: {
        payload: { parse: true },
        handler(request, h) {
          recordAuthentication(request.payload.transactionReference, request.payload.transactionResult === 'PASSED');
          return h.response().code(200);
        },
      },
    },
  ]);

  server.route({ method: 'POST', path: '/jumio/auth-result', options: { handler: authenticationResult } });

  await server.start();
};

function authenticationResult(request, h) {
  const form = request.payload;
  recordAuthentication(form.transactionReference, form.transactionResult === 'PASSED');
  return h.response().code(204);
}

init();
