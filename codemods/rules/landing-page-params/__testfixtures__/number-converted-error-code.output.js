// errorCode converted before the comparison (`Number(errorCode) === 9836`, `parseInt(code, 10)`) is still the
// parameter's value: the changed meaning of 9836 is flagged (hold-out round 21 front end, 12).
const express = require('express');

const router = express.Router();

router.get('/identity/done', (req, res) => {
  const { acquisitionStatus: transactionStatus, workflowExecutionId: transactionReference, errorCode } = req.query;
  res.render('identity/done', {
    verified: transactionStatus === 'SUCCESS',
    reference: transactionReference,
    // TODO(netverify-migrate): landing-page-params: errorCode 9836 changed meaning: legacy 9836 (no acceptable submission in 3 attempts) is 9835 on KYX; 9836 now means authentication failure
    tooManyAttempts: Number(errorCode) === 9836,
  });
});

module.exports = router;
