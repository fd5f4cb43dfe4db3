// Express 5 router: router.route(path).post(parser, named handler); the liveness images parsed from their form field.
const express = require('express');
const { markAuthentication } = require('./store');

const router = express.Router();

async function handleNetverifyAuthentication(req, res) {
  const images = JSON.parse(req.body.livenessImages || '[]');
  await markAuthentication(req.body.transactionReference, {
    result: req.body.transactionResult,
    enrollment: req.body.enrollmentTransactionReference,
    images,
  });
  res.sendStatus(200);
}

router.route('/webhooks/netverify/authentication').post(express.urlencoded({ extended: false }), handleNetverifyAuthentication);

module.exports = router;
