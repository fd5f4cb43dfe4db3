const express = require('express');

const router = express.Router();

// successUrl and errorUrl of the identity check both point here.
router.get('/identity/return', (req, res) => {
  const {
    transactionStatus: status = 'ERROR',
    transactionReference: reference,
    errorCode,
  } = req.query;

  req.session.identity = { status, reference, checkedAt: Date.now() };
  if (status === 'SUCCESS') {
    return res.render('identity/verified', { reference });
  }
  return res.status(422).render('identity/failed', { errorCode, reference });
});

module.exports = router;
