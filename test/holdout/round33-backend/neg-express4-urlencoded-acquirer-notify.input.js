// Card payment notifications from the acquirer (Express 4, body-parser, CommonJS). Mounted by app.js with
// app.use(require('./acquirer-hooks')). The handler dates from Express 3: req.param() for the reference,
// res.send(status), node-style store callbacks.
var express = require('express');
var bodyParser = require('body-parser');
var store = require('./store');

// Source addresses of the acquirer's notifications, as listed in its integration guide.
var ACQUIRER_NOTIFY_IPS = ['203.0.113.10', '203.0.113.11', '203.0.113.12'];

var router = express.Router();

function clientIp(req) {
  var forwarded = req.headers['x-forwarded-for'];
  return (forwarded ? forwarded.split(',')[0] : req.connection.remoteAddress || '').trim();
}

router.post('/payments/acquirer-notify', bodyParser.urlencoded({ extended: true }), function (req, res) {
  if (ACQUIRER_NOTIFY_IPS.indexOf(clientIp(req)) === -1) {
    return res.send(403);
  }
  if (req.body.notificationType !== 'CARD_PAYMENT') {
    return res.send(400, 'unexpected notification type');
  }

  var captures = [];
  if (req.body.captureIds) {
    try {
      captures = JSON.parse(req.body.captureIds);
    } catch (e) {
      captures = [];
    }
  }

  store.recordPaymentNotification(req.param('transactionReference'), {
    order: req.body.merchantReference,
    result: req.body.transactionResult,
    finishedAt: req.body.transactionDate,
    authCode: req.body.authorisationCode,
    captureCount: captures.length,
  }, function (err) {
    if (err) {
      console.error('payment notification not stored', err);
      return res.send(500);
    }
    res.send(200);
  });
});

module.exports = router;
