const express = require('express');
const { recordDonationReturn } = require('../services/donations');

const router = express.Router();

// Return URL of the donation platform's hosted form: note the outcome, then hand over to the single-page app.
router.get('/donation/return', async (req, res, next) => {
  try {
    const status = req.query.transactionStatus === 'SUCCESS' ? 'received' : 'failed';
    const reference = req.query.transactionReference || '';
    const code = parseInt(req.query.errorCode, 10);
    await recordDonationReturn(req.session.userId, { status, reference, code: Number.isNaN(code) ? null : code });
    const target = new URLSearchParams({ status, ref: reference });
    if (code === 51) target.set('insufficientFunds', '1');
    res.redirect(`/app/donations/result?${target.toString()}`);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
