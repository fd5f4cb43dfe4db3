const rp = require('request-promise');

// The survey's ORM case: `redirectURL` (wrong casing, always undefined) next to a correct read.
function startAuthentication(user) {
  return rp({
    method: 'POST',
    uri: 'https://netverify.com/api/authentication/v1/web/initiate',
    json: true,
    body: { enrollmentTransactionReference: user.jumioIdScanReference, userReference: String(user.id) },
    auth: { user: process.env.JUMIO_TOKEN, pass: process.env.JUMIO_SECRET },
  }).then((response) => user.update({ jumioEmbedURL: response.redirectURL, jumioTransactionID: response.transactionReference }));
}

module.exports = { startAuthentication };
