var request = require('request');

function initJumio(deviceAddress, onDone) {
  request({
    url: 'https://lon.netverify.com/api/v4/initiate',
    method: 'POST',
    json: {
      customerInternalReference: deviceAddress,
      userReference: deviceAddress,
      callbackUrl: 'https://attest.example.org/cb',
      tokenLifetimeInMinutes: 4320,
    },
    auth: { user: process.env.JUMIO_TOKEN, pass: process.env.JUMIO_SECRET, sendImmediately: true },
  }, function (error, response, body) {
    if (error) return onDone(error);
    if (response.statusCode !== 200) return onDone('status ' + response.statusCode);
    onDone(null, body.redirectUrl, body.transactionReference);
  });
}

module.exports = initJumio;
