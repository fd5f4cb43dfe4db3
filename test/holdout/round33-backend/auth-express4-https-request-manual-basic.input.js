// Face login of the members' portal (EU data centre). Express 4 route written before the team used any HTTP client
// library: Node's https module, the credentials header built by hand once at start-up.
var express = require('express');
var https = require('https');

var router = express.Router();

var JUMIO_BASIC = 'Basic ' + new Buffer(process.env.JUMIO_API_TOKEN + ':' + process.env.JUMIO_API_SECRET).toString('base64');

router.get('/face-login/start', function (req, res, next) {
  if (!req.user || !req.user.jumioScanReference) {
    return res.redirect('/login?next=/face-login/start');
  }

  var payload = JSON.stringify({
    enrollmentTransactionReference: req.user.jumioScanReference,
    userReference: req.user.id,
    successUrl: 'https://members.northwind-club.example/face-login/done',
    errorUrl: 'https://members.northwind-club.example/face-login/failed',
    callbackUrl: 'https://members.northwind-club.example/hooks/face-login',
    tokenLifetimeInMinutes: 30,
  });

  var jumioReq = https.request({
    host: 'lon.netverify.com',
    port: 443,
    path: '/api/authentication/v1/web/initiate',
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(payload),
      'User-Agent': 'Northwind Club Members/1.8',
      Authorization: JUMIO_BASIC,
    },
  }, function (jumioRes) {
    var raw = '';
    jumioRes.setEncoding('utf8');
    jumioRes.on('data', function (chunk) {
      raw += chunk;
    });
    jumioRes.on('end', function () {
      if (jumioRes.statusCode !== 200) {
        return next(new Error('Face login could not start (' + jumioRes.statusCode + ')'));
      }
      var started;
      try {
        started = JSON.parse(raw);
      } catch (e) {
        return next(e);
      }
      req.session.faceLoginReference = started.transactionReference;
      res.redirect(started.redirectUrl);
    });
  });

  jumioReq.on('error', next);
  jumioReq.write(payload);
  jumioReq.end();
});

module.exports = router;
