const axios = require('axios');

// The default axios instance signs every request with the Jumio API user.
axios.interceptors.request.use(addJumioCredentials);

function addJumioCredentials(config) {
  config.auth = { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET };
  return config;
}

async function createVerification(customerId) {
  const res = await axios.post('https://netverify.com/api/v4/initiate', {
    customerInternalReference: customerId,
    userReference: customerId,
    workflowId: 200,
  });
  return { link: res.data.redirectUrl, reference: res.data.transactionReference };
}

module.exports = { createVerification };
