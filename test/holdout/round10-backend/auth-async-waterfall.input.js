// Legacy login step (US), written with async.waterfall and request's callbacks.
const async = require('async');
const request = require('request');
const { enrollmentOf } = require('./store-cjs');

const INITIATE = 'https://netverify.com/api/authentication/v1/web/initiate';

function startFaceLogin(userId, done) {
  async.waterfall(
    [
      function lookup(cb) {
        enrollmentOf(userId).then((ref) => cb(null, ref), cb);
      },
      function initiate(enrollmentRef, cb) {
        request.post(
          {
            url: INITIATE,
            json: { enrollmentTransactionReference: enrollmentRef, userReference: userId },
            auth: { user: process.env.JUMIO_TOKEN, pass: process.env.JUMIO_SECRET, sendImmediately: true },
          },
          function (err, response, body) {
            if (err) return cb(err);
            if (response.statusCode !== 200) return cb(new Error('jumio ' + response.statusCode));
            cb(null, body);
          },
        );
      },
      function remember(body, cb) {
        cb(null, { url: body.redirectUrl, reference: body.transactionReference });
      },
    ],
    done,
  );
}

module.exports = { startFaceLogin };
