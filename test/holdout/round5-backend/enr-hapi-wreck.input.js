'use strict';

const Hapi = require('@hapi/hapi');
const Wreck = require('@hapi/wreck');

const V4_INITIATE = 'https://lon.netverify.com/api/v4/initiate';

const init = async () => {
  const server = Hapi.server({ port: 4000 });

  server.route({
    method: 'POST',
    path: '/kyc/start',
    handler: async (request, h) => {
      const { payload } = await Wreck.post(V4_INITIATE, {
        json: true,
        headers: {
          Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64'),
          'User-Agent': 'Saltmarsh Exchange/1.0',
          'Content-Type': 'application/json',
        },
        payload: JSON.stringify({
          customerInternalReference: request.auth.credentials.id,
          userReference: request.auth.credentials.id,
          workflowId: 200,
        }),
      });
      return h.response({ url: payload.redirectUrl, scan: payload.transactionReference }).code(201);
    },
  });

  await server.start();
};

init();
