const express = require('express');
const { markIdentityVerified } = require('../services/identity');

const router = express.Router();

router.get('/identity/done', async (req, res, next) => {
  try {
    const { transactionStatus = 'ERROR', transactionReference, errorCode } = req.query;
    if (transactionStatus === 'SUCCESS' && transactionReference) {
      await markIdentityVerified(req.user.id, transactionReference);
    }
    res.render('identity/done', {
      verified: transactionStatus === 'SUCCESS',
      tooManyAttempts: Number(errorCode) === 9836,
      errorCode,
    });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
