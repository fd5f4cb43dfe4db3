const express = require('express');

const router = express.Router();
router.use(express.urlencoded({ extended: false }));

// Jumio authentication callback.
router.post('/webhooks/netverify', (req, res) => {
  const { transactionReference, transactionResult, enrollmentTransactionReference, callBackType } = req.body;
  if (callBackType !== 'NETVERIFY_AUTHENTICATION') return res.sendStatus(400);
  authResults.save({ reference: transactionReference, enrollment: enrollmentTransactionReference, passed: transactionResult === 'PASSED' });
  res.sendStatus(200);
});

// The bank's collection service: one form per incoming payment.
router.post('/webhooks/bank', (req, res) => {
  const { transactionReference, transactionResult, transactionDate } = req.body;
  ledger.book({ reference: transactionReference, approved: transactionResult === 'APPROVED', at: transactionDate });
  res.sendStatus(200);
});

module.exports = router;
