// Express: the identity check's return URL; the query handed to a helper that renders the outcome.
const express = require('express');

const router = express.Router();

function renderKycOutcome(res, { transactionStatus, transactionReference, errorCode }) {
  if (transactionStatus === 'SUCCESS') return res.render('kyc/pending', { reference: transactionReference });
  return res.render('kyc/failed', { errorCode });
}

router.get('/kyc/return', (req, res) => renderKycOutcome(res, req.query));

module.exports = router;
