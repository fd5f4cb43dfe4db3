// Hapi 21 plugin (CommonJS) of the insurance portal: the face-login route (session-authenticated) calls Jumio through
// request-promise-native and redirects the browser to the web client; the reference goes into the @hapi/yar session.
'use strict';

const rp = require('request-promise-native');

exports.plugin = {
  name: 'face-login',
  version: '1.0.0',
  register(server) {
    server.route({
      method: 'POST',
      path: '/face-login',
      options: {
        auth: 'session',
        handler: async (request, h) => {
          const { customer } = request.auth.credentials;
          const body = await rp({
            method: 'POST',
            uri: 'https://netverify.com/api/authentication/v1/web/initiate',
            json: true,
            body: {
              enrollmentTransactionReference: customer.jumioEnrollmentReference,
              userReference: customer.number,
              successUrl: 'https://portal.acme-insure.com/face-login/welcome-back',
              tokenLifetimeInMinutes: 60 * 24,
            },
            auth: { user: process.env.JUMIO_API_TOKEN, pass: process.env.JUMIO_API_SECRET, sendImmediately: true },
            headers: { 'User-Agent': 'Acme Insure Portal/3.0' },
          });
          request.yar.set('faceLoginRef', body.transactionReference);
          return h.redirect(body.redirectUrl).code(303);
        },
      },
    });
  },
};
