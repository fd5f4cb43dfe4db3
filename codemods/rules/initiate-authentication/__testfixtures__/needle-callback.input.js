const needle = require('needle');

// needle's callback gets (err, response, body), the body parsed as JSON.
function startFaceLogin(user, done) {
  needle.post(
    'https://netverify.com/api/authentication/v1/web/initiate',
    { enrollmentTransactionReference: user.jumioEnrollment, userReference: user.id },
    { json: true, username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET, headers: { 'User-Agent': 'Acme Login/3.0' } },
    (err, resp, body) => {
      if (err || resp.statusCode !== 200) return done(err || new Error('jumio ' + resp.statusCode));
      done(null, { url: body.redirectUrl, ref: body.transactionReference });
    },
  );
}

module.exports = { startFaceLogin };
