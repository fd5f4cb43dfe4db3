// CommonJS superagent: the client required by name, the chain starting on the client. The client is still read by
// the migrated chain: it must neither be removed nor reported as no longer read.
const request = require('superagent');

module.exports = function registerKyc(io) {
  io.on('connection', (socket) => {
    socket.on('kyc:start', async ({ locale }, ack) => {
      const res = await request
        .post('https://core-sgp.jumio.com/api/v4/initiate')
        .auth(process.env.JUMIO_API_TOKEN, process.env.JUMIO_API_SECRET)
        .send({ customerInternalReference: socket.data.userId, locale, workflowId: 200 });
      ack({ url: res.body.redirectUrl, reference: res.body.transactionReference });
    });
  });
};
