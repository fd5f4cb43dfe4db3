// Older Node callback style: node:https with hostname/path options and a callback(err, url, reference) API (SGP).
'use strict';
const https = require('https');

function initiateFaceLogin(enrollment, userId, callback) {
  const body = JSON.stringify({
    enrollmentTransactionReference: enrollment,
    userReference: userId,
    callbackUrl: 'https://api.acme-remit.example/jumio/face-callback',
  });
  const req = https.request(
    {
      hostname: 'core-sgp.jumio.com',
      path: '/api/authentication/v1/web/initiate',
      method: 'POST',
      auth: process.env.JUMIO_API_TOKEN + ':' + process.env.JUMIO_API_SECRET,
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'Content-Length': Buffer.byteLength(body),
        'User-Agent': 'Acme Remit/0.9',
      },
    },
    (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        data += chunk;
      });
      res.on('end', () => {
        try {
          const parsed = JSON.parse(data);
          callback(null, parsed.redirectUrl, parsed.transactionReference);
        } catch (err) {
          callback(err);
        }
      });
    },
  );
  req.on('error', callback);
  req.write(body);
  req.end();
}

module.exports = { initiateFaceLogin };
