const axios = require('axios');

// /v4/initiate at payment and login APIs: not Jumio.
async function lookalikes(user) {
  await axios.post('https://sandbox.sslcommerz.com/dfs-process/v4/initiate', { customerInternalReference: user.id, userReference: user.id });
  await axios.post('https://api.example.com/api/user/login/v4/initiate', { userReference: user.id, successUrl: 'https://x.example/ok' });
  await axios.post('https://media.example.com/ppv/v4/initiate', { userReference: user.id });
  const r = await axios.post('https://easypay.easypaisa.com.pk/easypay-service/rest/v4/initiate-ma-transaction', { userReference: user.id });
  return r.data.redirectUrl;
}

module.exports = { lookalikes };
