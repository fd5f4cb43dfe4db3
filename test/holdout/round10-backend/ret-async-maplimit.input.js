// Nightly reconciliation (EU): four retrievals at a time with async.mapLimit and request's callbacks.
const async = require('async');
const request = require('request');

const RETRIEVAL = 'https://lon.netverify.com/api/netverify/v2/authentications/';

function reconcile(references, done) {
  async.mapLimit(
    references,
    4,
    function (reference, cb) {
      request.get(
        { url: RETRIEVAL + reference, json: true, auth: { user: process.env.JUMIO_API_TOKEN, pass: process.env.JUMIO_API_SECRET } },
        function (err, res, body) {
          if (err) return cb(err);
          cb(null, { reference: reference, result: body.transactionResult });
        },
      );
    },
    done,
  );
}

module.exports = { reconcile };
