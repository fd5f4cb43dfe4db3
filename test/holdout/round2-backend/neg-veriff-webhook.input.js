const express = require('express');
const crypto = require('crypto');

const router = express.Router();

// Veriff decision webhook. Our old Jumio provider used a form-encoded callback at /webhooks/jumio.
router.post('/webhooks/veriff', express.json(), (req, res) => {
  const signature = crypto.createHmac('sha256', process.env.VERIFF_SECRET).update(JSON.stringify(req.body)).digest('hex');
  if (signature !== req.get('x-hmac-signature')) return res.sendStatus(401);
  const { verification } = req.body;
  const transactionResult = verification.status === 'approved' ? 'PASSED' : 'FAILED';
  req.app.locals.kyc.update(verification.vendorData, { transactionReference: verification.id, transactionResult });
  res.sendStatus(200);
});

module.exports = router;
