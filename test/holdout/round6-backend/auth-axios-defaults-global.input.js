// Bootstrapped once in server.js: every axios call of this service goes to Jumio.
const axios = require('axios');

axios.defaults.baseURL = 'https://netverify.com';
axios.defaults.auth = { username: process.env.NV_TOKEN, password: process.env.NV_SECRET };
axios.defaults.headers.common['User-Agent'] = 'Pinecrest Lending/2.0';

async function faceCheck(applicant) {
  const res = await axios.post('/api/authentication/v1/web/initiate', {
    enrollmentTransactionReference: applicant.scanReference,
    userReference: applicant.uuid,
  });
  return { redirect: res.data.redirectUrl, reference: res.data.transactionReference };
}

module.exports = { faceCheck };
