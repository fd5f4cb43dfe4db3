// Axios's methods taken off the default instance (they are bound to it), CommonJS (US).
const { post } = require('axios');

async function startFaceLogin(user) {
  const response = await post(
    'https://netverify.com/api/authentication/v1/web/initiate',
    { enrollmentTransactionReference: user.enrollmentRef, userReference: user.id },
    { auth: { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET } },
  );
  return { url: response.data.redirectUrl, reference: response.data.transactionReference };
}

module.exports = { startFaceLogin };
