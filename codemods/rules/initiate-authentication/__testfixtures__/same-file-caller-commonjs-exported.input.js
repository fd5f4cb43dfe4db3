const axios = require('axios');

// Exported by `module.exports = { … }` and called here: the reads here move, and the value still leaves the module
// (a marker says so). The export statement's mention of the function is not a use that takes the value elsewhere.
async function startAuthentication(enrollmentRef) {
  const { data } = await axios.post('https://netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference: enrollmentRef }, {
    auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET },
  });
  return data;
}

async function startAndLink(enrollmentRef) {
  const result = await startAuthentication(enrollmentRef);
  return { url: result.redirectUrl, id: result.transactionReference };
}

module.exports = { startAuthentication, startAndLink };
