var fetch = require('node-fetch');

var JUMIO_URL = 'https://netverify.com/api/authentication/v1/web/initiate';
var AUTH = 'Basic ' + Buffer.from(process.env.JUMIO_TOKEN + ':' + process.env.JUMIO_SECRET).toString('base64');
let userAgent = 'Veldt Portal/1.0';

function initiateFaceAuth(member, callback) {
  fetch(JUMIO_URL, {
    method: 'POST',
    headers: { Authorization: AUTH, 'Content-Type': 'application/json', 'User-Agent': userAgent },
    body: JSON.stringify({ enrollmentTransactionReference: member.scanRef, userReference: member.id }),
  })
    .then(function (res) {
      return res.json();
    })
    .then(function (json) {
      callback(null, json.redirectUrl, json.transactionReference);
    })
    .catch(callback);
}

module.exports = { initiateFaceAuth };
