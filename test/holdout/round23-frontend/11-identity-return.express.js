const express = require('express');
const { recordIdentityReturn } = require('../services/identity');

const router = express.Router();

// successUrl and errorUrl of the identity check: note the outcome, then hand over to the single-page app.
router.get('/identity/return', async (req, res, next) => {
  try {
    const status = req.query.transactionStatus === 'SUCCESS' ? 'verified' : 'failed';
    const reference = req.query.transactionReference || '';
    const code = parseInt(req.query.errorCode, 10);
    await recordIdentityReturn(req.session.userId, { status, reference, code: Number.isNaN(code) ? null : code });
    const target = new URLSearchParams({ status, ref: reference });
    if (code === 9836) target.set('locked', '1');
    res.redirect(`/app/identity/result?${target.toString()}`);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
