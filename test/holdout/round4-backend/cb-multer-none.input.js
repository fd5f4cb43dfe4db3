const express = require('express');
const multer = require('multer');
const { recordFaceResult } = require('../services/face-results');

const upload = multer();
const router = express.Router();

// Jumio posts the authentication result here (configured as callbackUrl on initiate).
router.post('/hooks/netverify-auth', upload.none(), async (req, res) => {
  const { transactionReference, transactionResult, enrollmentTransactionReference } = req.body;
  if (req.body.callBackType !== 'NETVERIFY_AUTHENTICATION') {
    return res.sendStatus(204);
  }
  await recordFaceResult({
    reference: transactionReference,
    enrollment: enrollmentTransactionReference,
    result: transactionResult,
    at: req.body.transactionDate,
  });
  res.sendStatus(200);
});

module.exports = router;
