// routes/checkout.js — Not Jumio: the card processor returns the shopper here after the payment.
const express = require('express');
const router = express.Router();

router.get('/checkout/return', (req, res) => {
  // TODO(netverify-migrate): landing-page-params: reads transactionStatus, transactionReference from the query, but the code around it is about payments ('order'): if this is a Jumio success/error page, KYX sends acquisitionStatus and workflowExecutionId instead
  const status = req.query.transactionStatus;
  const reference = req.query.transactionReference;
  if (status === 'SUCCESS') return res.render('order-paid', { payment: reference });
  res.render('checkout', { error: 'The payment did not go through' });
});

module.exports = router;
