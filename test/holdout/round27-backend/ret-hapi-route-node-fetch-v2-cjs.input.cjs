// Support console (hapi 21, CommonJS, node-fetch 2): agents look up a face login's result by its reference.
const Hapi = require('@hapi/hapi');
const fetch = require('node-fetch');

const JUMIO_AUTHENTICATIONS = 'https://netverify.com/api/netverify/v2/authentications/';
const AUTH_HEADER = 'Basic ' + Buffer.from(process.env.JUMIO_API_TOKEN + ':' + process.env.JUMIO_API_SECRET).toString('base64');

async function init() {
  const server = Hapi.server({ port: Number(process.env.PORT || 3000) });

  server.route({
    method: 'GET',
    path: '/support/face-logins/{reference}',
    options: { auth: 'support-session' },
    handler: async (request, h) => {
      const response = await fetch(JUMIO_AUTHENTICATIONS + encodeURIComponent(request.params.reference), {
        headers: { Accept: 'application/json', Authorization: AUTH_HEADER },
      });
      if (!response.ok) {
        return h.response({ message: 'lookup failed' }).code(502);
      }
      const details = await response.json();
      return {
        reference: details.transactionReference,
        user: details.userReference,
        result: details.transactionResult,
        at: details.transactionDate,
      };
    },
  });

  await server.start();
}

init();
