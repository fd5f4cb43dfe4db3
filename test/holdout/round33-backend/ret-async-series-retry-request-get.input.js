// Nightly face login audit (Singapore data centre), async 2.x and the request library: for a pending face login,
// fetch the result with a few retries (the retrieval answers 404 for a while after the journey), then write the audit
// row. Run by the scheduler with node-style callbacks.
var async = require('async');
var request = require('request');
var store = require('./store');

var SGP_AUTHENTICATIONS = 'https://core-sgp.jumio.com/api/netverify/v2/authentications/';

function auditFaceLogin(reference, done) {
  var details = null;

  async.series(
    [
      function fetchDetails(next) {
        async.retry(
          {
            times: 5,
            interval: function (retryCount) {
              return 1000 * Math.pow(2, retryCount);
            },
            errorFilter: function (err) {
              return err.statusCode === 404 || err.code === 'ECONNRESET';
            },
          },
          function attempt(cb) {
            request.get(
              {
                url: SGP_AUTHENTICATIONS + reference,
                json: true,
                auth: { user: process.env.JUMIO_API_TOKEN, pass: process.env.JUMIO_API_SECRET, sendImmediately: true },
                headers: { 'User-Agent': 'Straits Remit Audit/1.0' },
              },
              function (err, res, body) {
                if (err) return cb(err);
                if (res.statusCode !== 200) {
                  var failure = new Error('retrieval answered ' + res.statusCode);
                  failure.statusCode = res.statusCode;
                  return cb(failure);
                }
                cb(null, body);
              }
            );
          },
          function (err, body) {
            if (err) return next(err);
            details = body;
            next();
          }
        );
      },
      function writeAudit(next) {
        store
          .saveResult(details.transactionReference, {
            result: details.transactionResult,
            member: details.userReference,
            finishedAt: details.transactionDate,
          })
          .then(function () {
            next();
          }, next);
      },
    ],
    function (err) {
      done(err, details && details.transactionResult);
    }
  );
}

module.exports = { auditFaceLogin: auditFaceLogin };
