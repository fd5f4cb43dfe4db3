const express = require('express');

const router = express.Router();

router.get('/kyc/success', async (req, res) => {
  const { acquisitionStatus: transactionStatus, workflowExecutionId: transactionReference, customerInternalReference } = req.query;
  if (transactionStatus === 'SUCCESS') await markSubmitted(customerInternalReference, transactionReference);
  res.render('kyc-result', { ok: transactionStatus === 'SUCCESS' });
});

module.exports = router;
