const rp = require('request-promise-native');
const { JUMIO_AUTH_URL, HTTP_BASIC_AUTHENTICATION } = require('./jumio-constants.js');

async function createFaceAuthentication(scanReference, userId) {
  const parsed = await rp({
    method: 'POST',
    uri: JUMIO_AUTH_URL,
    body: { enrollmentTransactionReference: scanReference, userReference: userId, tokenLifetimeInMinutes: 1440 },
    json: true,
    auth: HTTP_BASIC_AUTHENTICATION,
  });
  return { iframeUrl: parsed.redirectUrl, verificationTxReference: parsed.transactionReference };
}

module.exports = { createFaceAuthentication };
