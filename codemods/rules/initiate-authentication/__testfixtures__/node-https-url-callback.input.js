// The URL-string form of https.request (from node:https), the body sent with .end(), the chunks collected in an
// array and joined with Buffer.concat, the result handed to a Node-style callback.
const https = require('node:https');

const JUMIO_URL = 'https://netverify.com/api/authentication/v1/web/initiate';

function authenticate(user, done) {
  const auth = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');
  const payload = JSON.stringify({
    enrollmentTransactionReference: user.scanReference,
    userReference: user.id,
    callbackUrl: 'https://api.example.com/jumio/callback',
  });
  https
    .request(JUMIO_URL, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Content-Length': payload.length,
        Authorization: `Basic ${auth}`,
        'User-Agent': 'Example KYC/2.1',
      },
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const result = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        done(null, { redirect: result.redirectUrl, reference: result.transactionReference });
      });
    })
    .on('error', done)
    .end(payload);
}

module.exports = { authenticate };
