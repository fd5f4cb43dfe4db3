// socket.io: the onboarding screen asks for a verification link over the socket and gets it in the ack (SGP).
const request = require('superagent');

module.exports = function registerKyc(io) {
  io.on('connection', (socket) => {
    socket.on('kyc:start', async ({ locale }, ack) => {
      try {
        const res = await request
          .post('https://core-sgp.jumio.com/api/v4/initiate')
          .auth(process.env.JUMIO_API_TOKEN, process.env.JUMIO_API_SECRET)
          .set('User-Agent', 'Acme Chat/1.3')
          .send({ customerInternalReference: socket.data.userId, userReference: socket.data.userId, locale, workflowId: 200 });
        ack({ ok: true, url: res.body.redirectUrl, reference: res.body.transactionReference });
      } catch (err) {
        ack({ ok: false, error: err.message });
      }
    });
  });
};
