const request = require('request-promise');

// The older Jumio Authentication guide posts to the v4 initiate with a trailing slash.
async function startAuth(scanReference, successUrl) {
  const body = await request.post('https://www.netverify.com/api/v4/initiate/', {
    json: { enrollmentTransactionReference: scanReference, successUrl },
    auth: { user: process.env.JUMIO_TOKEN, pass: process.env.JUMIO_SECRET },
  });
  return body.redirectUrl;
}

module.exports = { startAuth };
