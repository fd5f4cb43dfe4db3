// Face login results for the partner API (US data centre). Bluebird era: the request library promisified whole with
// Promise.promisifyAll (multiArgs, so the response and the body come back together and are taken apart by .spread).
var Promise = require('bluebird');
var express = require('express');
var request = Promise.promisifyAll(require('request'), { multiArgs: true });

var router = express.Router();

function faceLoginResult(reference) {
  return request
    .getAsync({
      url: 'https://netverify.com/api/netverify/v2/authentications/' + encodeURIComponent(reference),
      json: true,
      auth: { user: process.env.JUMIO_API_TOKEN, pass: process.env.JUMIO_API_SECRET },
      headers: { Accept: 'application/json', 'User-Agent': 'Acme Partner API/3.2' },
    })
    .spread(function (res, body) {
      if (res.statusCode === 404) {
        return null;
      }
      if (res.statusCode !== 200) {
        throw new Error('face login lookup failed: HTTP ' + res.statusCode);
      }
      return {
        reference: body.transactionReference,
        result: body.transactionResult,
        member: body.userReference || null,
      };
    })
    .timeout(10000, 'face login lookup timed out');
}

router.get('/partner/face-logins', function (req, res, next) {
  var references = String(req.query.refs || '').split(',').filter(Boolean);
  Promise.map(references, faceLoginResult, { concurrency: 3 })
    .then(function (results) {
      res.json(results.filter(Boolean));
    })
    .catch(next);
});

module.exports = { router: router, faceLoginResult: faceLoginResult };
