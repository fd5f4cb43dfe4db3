const express = require('express');
const { query, matchedData, validationResult } = require('express-validator');
const users = require('../services/users');

const router = express.Router();

// Jumio identity check: successUrl and errorUrl.
router.get(
  '/kyc/return',
  query('transactionStatus').isIn(['SUCCESS', 'ERROR']),
  query('transactionReference').isUUID(),
  query('errorCode').optional().isInt(),
  async (req, res) => {
    if (!validationResult(req).isEmpty()) return res.status(400).render('kyc/invalid-return');
    const { transactionStatus, transactionReference, errorCode } = matchedData(req);
    if (transactionStatus === 'SUCCESS') {
      await users.setKycReference(req.session.userId, transactionReference);
      return res.redirect('/onboarding/next');
    }
    return res.render('kyc/failed', { errorCode });
  },
);

module.exports = router;
