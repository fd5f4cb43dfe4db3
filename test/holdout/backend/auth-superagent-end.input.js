const superagent = require('superagent');

function faceAuth(scanRef, cb) {
  superagent
    .post('https://lon.netverify.com/api/authentication/v1/web/initiate')
    .auth(process.env.JUMIO_TOKEN, process.env.JUMIO_SECRET)
    .send({ enrollmentTransactionReference: scanRef })
    .end(function (err, res) {
      if (err) return cb(err);
      cb(null, res.body.redirectUrl);
    });
}

module.exports = faceAuth;
