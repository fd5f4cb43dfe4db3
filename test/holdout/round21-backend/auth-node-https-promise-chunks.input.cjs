// Face login of the SG wallet (CommonJS, Express 4, Node's https module; no HTTP client dependency).
const https = require('node:https');
const express = require('express');

const app = express();
app.use(express.json());

function startFaceLogin(customer) {
  const payload = JSON.stringify({
    enrollmentTransactionReference: customer.kycReference,
    userReference: customer.walletId,
    successUrl: 'https://wallet.acme.sg/face-login/complete',
    errorUrl: 'https://wallet.acme.sg/face-login/failed',
    tokenLifetimeInMinutes: 60 * 2,
  });
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        hostname: 'core-sgp.jumio.com',
        path: '/api/authentication/v1/web/initiate',
        method: 'POST',
        headers: {
          Accept: 'application/json',
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(payload),
          Authorization: 'Basic ' + Buffer.from(process.env.JUMIO_API_TOKEN + ':' + process.env.JUMIO_API_SECRET).toString('base64'),
          'User-Agent': 'Acme Wallet SG/3.0',
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => {
          if (res.statusCode !== 200) return reject(new Error('Jumio answered ' + res.statusCode));
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

app.post('/face-login', async (req, res, next) => {
  try {
    const started = await startFaceLogin(req.user);
    req.session.faceLoginRef = started.transactionReference;
    res.redirect(303, started.redirectUrl);
  } catch (err) {
    next(err);
  }
});

module.exports = app;
