var fetch = require('node-fetch');

var JUMIO_URL = 'https://netverify.com/api/authentication/v1/web/initiate';
var AUTH = 'Basic ' + Buffer.from(process.env.JUMIO_TOKEN + ':' + process.env.JUMIO_SECRET).toString('base64');

/**
 * Starts a face authentication for a legacy member and calls back with the iframe URL.
 */
function initiateFaceAuth(member, callback) {
  var body = {
    enrollmentTransactionReference: member.scanRef,
    userReference: member.id,
    callbackUrl: process.env.BASE_URL + '/jumio/callback',
    locale: member.language || 'en',
  };
  fetch(JUMIO_URL, {
    method: 'POST',
    headers: { Authorization: AUTH, 'Content-Type': 'application/json', 'User-Agent': 'Veldt Portal/1.0' },
    body: JSON.stringify(body),
  })
    .then(function (res) {
      return res.json();
    })
    .then(function (json) {
      callback(null, json.redirectUrl, json.transactionReference);
    })
    .catch(function (err) {
      callback(err);
    });
}

module.exports.initiateFaceAuth = initiateFaceAuth;
