// routes/kyc.js — the shop asks for an identity check before the first payment above 1000 EUR.
const express = require('express');
const router = express.Router();
const JUMIO_RETURN_PATH = '/checkout/kyc/return';

router.get(JUMIO_RETURN_PATH, (req, res) => {
  const status = req.query.acquisitionStatus;
  const reference = req.query.workflowExecutionId;
  if (status === 'SUCCESS') return res.redirect(`/checkout/payment?kyc=${reference}`);
  res.render('checkout', { error: 'We could not verify your identity, so the payment cannot continue' });
});

module.exports = router;
