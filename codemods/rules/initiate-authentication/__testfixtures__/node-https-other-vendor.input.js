// Lookalike: https.request to another identity vendor with an authentication-shaped body, Basic credentials and a
// redirectUrl in the response. Not Jumio's host: byte-identical.
const https = require('https');

function startCheck(enrollmentTransactionReference) {
  return new Promise((resolve, reject) => {
    const req = https.request({
      hostname: 'api.verifyvendor.io',
      path: '/api/authentication/v1/web/initiate',
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: 'Basic ' + Buffer.from(`${process.env.VENDOR_KEY}:${process.env.VENDOR_SECRET}`).toString('base64'),
      },
    }, (res) => {
      let data = '';
      res.on('data', (chunk) => (data += chunk));
      res.on('end', () => resolve(JSON.parse(data).redirectUrl));
    });
    req.on('error', reject);
    req.end(JSON.stringify({ enrollmentTransactionReference, successUrl: 'https://example.com/done' }));
  });
}

module.exports = { startCheck };
