const express = require('express');
const { markKycSubmitted } = require('../services/users');

const router = express.Router();

// successUrl and errorUrl given to Netverify at initiate time.
router.get('/kyc/success', async (req, res) => {
  const { transactionStatus, transactionReference, customerInternalReference } = req.query;
  if (transactionStatus === 'SUCCESS') {
    await markKycSubmitted(customerInternalReference, transactionReference);
  }
  res.render('kyc-result', { ok: transactionStatus === 'SUCCESS', reference: transactionReference });
});

router.get('/kyc/error', (req, res) => {
  res.render('kyc-result', { ok: false, code: req.query.errorCode, reference: req.query.transactionReference });
});

module.exports = router;
