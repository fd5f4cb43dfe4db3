'use strict';
const express = require('express');
const router = express.Router();
const { markKycSubmitted, markKycFailed } = require('../services/users');

// Jumio Netverify: successUrl and errorUrl are both /kyc/return/:outcome
router.get('/kyc/return/:outcome', async (req, res, next) => {
  try {
    const { transactionStatus: status, transactionReference: ref, errorCode } = req.query;
    if (status === 'SUCCESS') {
      await markKycSubmitted(req.user.id, ref);
      return res.redirect('/onboarding/next');
    }
    await markKycFailed(req.user.id, ref, errorCode);
    res.render('kyc/failed', { errorCode });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
