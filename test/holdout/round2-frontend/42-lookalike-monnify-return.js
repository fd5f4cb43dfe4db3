const express = require('express');
const { verifyTransaction } = require('../payments/monnify');

const router = express.Router();

// Payment gateway redirect after checkout.
router.get('/payments/return', async (req, res) => {
  const { paymentReference, transactionReference, paymentStatus } = req.query;
  const tx = await verifyTransaction(transactionReference);
  res.render('payment-result', { ok: paymentStatus === 'PAID' && tx.paid, ref: paymentReference });
});

module.exports = router;
