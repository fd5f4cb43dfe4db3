// Open-banking payment initiation callback (PISP), form-encoded.
const express = require('express');
const { settle } = require('./ledger');

const router = express.Router();

router.post('/pisp/callback', express.urlencoded({ extended: false }), async (req, res) => {
  const { transactionReference, transactionResult, callbackDate, userReference } = req.body;
  switch (transactionResult) {
    case 'PASSED':
    case 'SETTLED':
      await settle(transactionReference, { at: callbackDate, payer: userReference });
      break;
    case 'FAILED':
    case 'EXPIRED':
      await settle(transactionReference, { failed: true });
      break;
    default:
      break;
  }
  res.sendStatus(200);
});

module.exports = router;
