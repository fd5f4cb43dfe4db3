// Face login callbacks (Express 4, body-parser, CommonJS). Mounted by app.js with app.use(require('./face-login-hooks')).
// The handler dates from Express 3: req.param() for the reference, res.send(status), node-style store callbacks.
var express = require('express');
var bodyParser = require('body-parser');
var store = require('./store');

// Source addresses of the US data centre's callbacks, as listed in the integration guide.
var JUMIO_US_CALLBACK_IPS = ['34.202.241.227', '34.226.103.119', '34.226.254.127', '52.52.51.178', '52.53.95.123', '54.67.101.173'];

var router = express.Router();

function clientIp(req) {
  var forwarded = req.headers['x-forwarded-for'];
  return (forwarded ? forwarded.split(',')[0] : req.connection.remoteAddress || '').trim();
}

router.post('/jumio/face-login-callback', bodyParser.urlencoded({ extended: true }), function (req, res) {
  if (JUMIO_US_CALLBACK_IPS.indexOf(clientIp(req)) === -1) {
    return res.send(403);
  }
  if (req.body.callBackType !== 'NETVERIFY_AUTHENTICATION') {
    return res.send(400, 'unexpected callback type');
  }

  var liveness = [];
  if (req.body.livenessImages) {
    try {
      liveness = JSON.parse(req.body.livenessImages);
    } catch (e) {
      liveness = [];
    }
  }

  store.recordFaceLoginResult(req.param('transactionReference'), {
    enrollment: req.body.enrollmentTransactionReference,
    result: req.body.transactionResult,
    finishedAt: req.body.transactionDate,
    faceImage: req.body.idScanImageFace,
    livenessCount: liveness.length,
  }, function (err) {
    if (err) {
      console.error('face login callback not stored', err);
      return res.send(500);
    }
    res.send(200);
  });
});

module.exports = router;
