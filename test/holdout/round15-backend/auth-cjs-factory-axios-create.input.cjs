// CommonJS factory (EU): module.exports is a function returning the client; axios.create carries base and Basic auth.
const axios = require('axios');

module.exports = function createFaceLogin({ token, secret, logger }) {
  const jumio = axios.create({
    baseURL: 'https://lon.netverify.com',
    auth: { username: token, password: secret },
    timeout: 10000,
  });

  return {
    async start(user) {
      const { data } = await jumio.post('/api/authentication/v1/web/initiate', {
        enrollmentTransactionReference: user.jumioEnrollment,
        userReference: user.id,
        successUrl: 'https://app.acme-pay.example/face/ok',
      });
      logger.info('face login %s', data.transactionReference);
      return data.redirectUrl;
    },
  };
};
