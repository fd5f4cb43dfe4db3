// Hapi route config object with options.handler (CommonJS); got with a JSON body (US); a callbackUrl in the body.
const got = require('got');

module.exports = {
  method: 'POST',
  path: '/kyc/start',
  options: {
    auth: 'session',
    handler: async (request, h) => {
      const customer = request.auth.credentials;
      const body = await got.post('https://netverify.com/api/v4/initiate', {
        json: {
          customerInternalReference: customer.id,
          userReference: customer.id,
          workflowId: 200,
          callbackUrl: 'https://api.acme-broker.example/webhooks/jumio-idv',
        },
        username: process.env.JUMIO_API_TOKEN,
        password: process.env.JUMIO_API_SECRET,
        headers: { 'User-Agent': 'Acme Broker US/2.3' },
      }).json();
      return h.response({ url: body.redirectUrl, scan: body.transactionReference }).code(201);
    },
  },
};
