// Node 12-era module: callback API, results passed positionally (onDone(err, url, reference)).
const request = require('request');

const JUMIO = {
  url: 'https://lon.netverify.com/api/authentication/v1/web/initiate',
  auth: { user: process.env.JUMIO_TOKEN, pass: process.env.JUMIO_SECRET, sendImmediately: true },
};

function initAuthentication(device, enrollmentReference, onDone) {
  request(
    {
      method: 'POST',
      url: JUMIO.url,
      auth: JUMIO.auth,
      json: {
        enrollmentTransactionReference: enrollmentReference,
        userReference: device.ownerId,
        tokenLifetimeInMinutes: 4320,
        callbackUrl: 'https://devices.example.org/jumio/callback',
      },
      headers: { 'User-Agent': 'DeviceTrust/1.1' },
    },
    (err, response, body) => {
      if (err) return onDone(err);
      if (response.statusCode !== 200) return onDone(new Error('Jumio responded ' + response.statusCode));
      onDone(null, body.redirectUrl, body.transactionReference);
    },
  );
}

module.exports = { initAuthentication };
