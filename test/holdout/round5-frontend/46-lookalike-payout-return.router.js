const express = require('express');
const router = express.Router();

// Open-banking payout provider returns the beneficiary here after they approve the transfer.
router.get('/payouts/transfer/return', (req, res) => {
  const { transactionStatus: status, transactionReference: ref } = req.query;
  if (status === 'SUCCESS') {
    return res.render('payouts/transfer-sent', { ref });
  }
  res.render('payouts/transfer-failed', { ref, errorCode: req.query.errorCode });
});

module.exports = router;
