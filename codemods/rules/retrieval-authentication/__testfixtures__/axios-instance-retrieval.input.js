const axios = require('axios');

// One axios client per data centre; the US one reads authentication results with a relative path.
const jumioUs = axios.create({
  baseURL: 'https://netverify.com/api/netverify/v2/',
  auth: { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET },
  headers: { 'User-Agent': 'Acme Lending jumio-client/2.3' },
  timeout: 10000,
});

async function getAuthenticationResult(transactionReference) {
  const response = await jumioUs.get(`authentications/${transactionReference}`);
  const { userReference, transactionResult } = response.data;
  return { userReference, passed: transactionResult === 'PASSED' };
}

module.exports = { getAuthenticationResult };
