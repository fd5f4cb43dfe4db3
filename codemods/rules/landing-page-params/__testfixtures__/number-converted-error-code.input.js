// errorCode converted before the comparison (`Number(errorCode) === 9836`, `parseInt(code, 10)`) is still the
// parameter's value: the changed meaning of 9836 is flagged (hold-out round 21 front end, 12).
const express = require('express');

const router = express.Router();

router.get('/identity/done', (req, res) => {
  const { transactionStatus, transactionReference, errorCode } = req.query;
  res.render('identity/done', {
    verified: transactionStatus === 'SUCCESS',
    reference: transactionReference,
    tooManyAttempts: Number(errorCode) === 9836,
  });
});

module.exports = router;
