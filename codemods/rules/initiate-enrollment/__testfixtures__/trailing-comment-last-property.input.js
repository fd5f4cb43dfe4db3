// The last property of the body and of the headers carries a comment on its line; properties the migration adds
// go below that line, so each comment stays beside the property it explains.
const request = require('request');

function startScan(userReference, scanReference, onDone) {
  const headers = {
    'Content-Type': 'application/json',
    'User-Agent': 'Attestation/1.0', // required by Jumio
  };
  const json = {
    customerInternalReference: scanReference,
    userReference: userReference,
    tokenLifetimeInMinutes: 4320  // 3 days
  };
  request({
    url: 'https://lon.netverify.com/api/v4/initiate',
    headers: headers,
    method: 'POST',
    json: json,
    auth: { user: process.env.JUMIO_TOKEN, pass: process.env.JUMIO_SECRET, sendImmediately: true },
  }, function (error, response, body) {
    if (error || response.statusCode !== 200) return onDone(error || new Error('initiate failed'));
    onDone(null, body.redirectUrl, body.transactionReference);
  });
}

module.exports = { startScan };
