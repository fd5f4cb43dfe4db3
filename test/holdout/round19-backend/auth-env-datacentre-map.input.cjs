// Face login service (CommonJS, axios). The data centre the company signed with is chosen per deployment:
// JUMIO_DATACENTER=US|EU|SG (US when unset).
const axios = require('axios');
const { saveFaceLogin } = require('./db');

const DATA_CENTRES = {
  US: 'https://netverify.com',
  EU: 'https://lon.netverify.com',
  SG: 'https://core-sgp.jumio.com',
};
const jumioBase = DATA_CENTRES[process.env.JUMIO_DATACENTER || 'US'];

async function startFaceLogin(user, returnUrl) {
  const response = await axios.post(
    `${jumioBase}/api/authentication/v1/web/initiate`,
    {
      enrollmentTransactionReference: user.enrollmentReference,
      userReference: user.uuid,
      successUrl: returnUrl,
      errorUrl: returnUrl,
      tokenLifetimeInMinutes: 60,
    },
    {
      auth: { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET },
      headers: { 'User-Agent': 'Acme Accounts/5.0' },
    },
  );
  await saveFaceLogin(user.uuid, response.data.transactionReference);
  return response.data.redirectUrl;
}

module.exports = { startFaceLogin };
