// Older Node callback style: https.get with hostname/path options and a (err, details) callback (EU).
'use strict';
const https = require('https');

function getFaceLoginResult(reference, callback) {
  https
    .get(
      {
        hostname: 'lon.netverify.com',
        path: '/api/netverify/v2/authentications/' + encodeURIComponent(reference),
        auth: process.env.JUMIO_API_TOKEN + ':' + process.env.JUMIO_API_SECRET,
        headers: { Accept: 'application/json', 'User-Agent': 'Acme Bank Batch/1.0' },
      },
      (res) => {
        let raw = '';
        res.on('data', (chunk) => (raw += chunk));
        res.on('end', () => {
          try {
            const details = JSON.parse(raw);
            callback(null, { result: details.transactionResult, user: details.userReference });
          } catch (err) {
            callback(err);
          }
        });
      },
    )
    .on('error', callback);
}

module.exports = { getFaceLoginResult };
