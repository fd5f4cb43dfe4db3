const express = require('express');
const { markStepUp } = require('../services/step-up');

const router = express.Router();

// Jumio posts the authentication result here (application/x-www-form-urlencoded).
router.post('/webhooks/jumio/authentication', express.urlencoded({ extended: false }), async (req, res) => {
  const { transactionReference, transactionResult, enrollmentTransactionReference, callBackType } = req.body;
  if (callBackType !== 'NETVERIFY_AUTHENTICATION') {
    return res.sendStatus(200);
  }
  try {
    await markStepUp({
      reference: transactionReference,
      enrollment: enrollmentTransactionReference,
      passed: transactionResult === 'PASSED',
      at: new Date(req.body.transactionDate),
    });
  } catch (err) {
    req.log.error(err, 'failed to store jumio callback');
  }
  res.sendStatus(200);
});

module.exports = router;
