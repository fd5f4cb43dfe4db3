const express = require('express');
const { recordDonation } = require('../services/donations');

const router = express.Router();

router.get('/donate/done', async (req, res, next) => {
  try {
    const { transactionStatus = 'ERROR', transactionReference, errorCode } = req.query;
    if (transactionStatus === 'SUCCESS' && transactionReference) {
      await recordDonation(req.session.donationId, transactionReference);
    }
    res.render('donate/done', {
      thanked: transactionStatus === 'SUCCESS',
      errorCode,
    });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
