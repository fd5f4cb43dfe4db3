// CommonJS superagent: the client required by name, the chain starting on the client. The client is still read by
// the migrated chain: it must neither be removed nor reported as no longer read.
const request = require('superagent');
const { kyxAccessToken } = require('./kyx-auth');

module.exports = function registerKyc(io) {
  io.on('connection', (socket) => {
    socket.on('kyc:start', async ({ locale }, ack) => {
      // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.js); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
      const res = await request
        .post('https://account.apac-1.jumio.ai/api/v1/accounts')
        .set('Authorization', `Bearer ${await kyxAccessToken('apac-1')}`)
        .send({ customerInternalReference: socket.data.userId, web: { locale }, workflowDefinition: { key: 3 } });
      ack({ url: res.body.web.href, reference: res.body.workflowExecution.id });
    });
  });
};
