// promise-retry, options first: what it resolves with is the call's response.
const axios = require('axios');
const promiseRetry = require('promise-retry');

const auth = { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET };

async function startAuthentication(enrollment, user) {
  const res = await promiseRetry({ retries: 3 }, (retry, attempt) =>
    axios.post('https://netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference: enrollment, userReference: user }, { auth }).catch(retry));
  return { url: res.data.redirectUrl, ref: res.data.transactionReference };
}

module.exports = { startAuthentication };
