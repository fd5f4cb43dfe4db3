// The `retry` package's operation.attempt around request's callback API (EU); the caller gets a node-style callback.
const retry = require('retry');
const request = require('request');

function startFaceLogin(enrollment, userId, done) {
  const operation = retry.operation({ retries: 2, minTimeout: 500 });
  operation.attempt(() => {
    request.post(
      {
        url: 'https://lon.netverify.com/api/authentication/v1/web/initiate',
        json: true,
        body: { enrollmentTransactionReference: enrollment, userReference: userId },
        auth: { user: process.env.JUMIO_API_TOKEN, pass: process.env.JUMIO_API_SECRET },
        headers: { 'User-Agent': 'Acme Mobility/2.2' },
      },
      (err, response, body) => {
        if (operation.retry(err)) return;
        if (err) return done(operation.mainError());
        done(null, { url: body.redirectUrl, reference: body.transactionReference });
      },
    );
  });
}

module.exports = { startFaceLogin };
