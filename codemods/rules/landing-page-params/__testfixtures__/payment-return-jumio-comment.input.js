// routes/checkout.js — Not Jumio: the card processor returns the shopper here after the payment.
const express = require('express');
const router = express.Router();

router.get('/checkout/return', (req, res) => {
  const status = req.query.transactionStatus;
  const reference = req.query.transactionReference;
  if (status === 'SUCCESS') return res.render('order-paid', { payment: reference });
  res.render('checkout', { error: 'The payment did not go through' });
});

module.exports = router;
