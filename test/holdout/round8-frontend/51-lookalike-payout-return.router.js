const express = require('express');
const { query, matchedData } = require('express-validator');
const payouts = require('../services/payouts');

const router = express.Router();

// The payout partner redirects the customer here after confirming the bank transfer.
router.get(
  '/payouts/return',
  query('transactionStatus').isIn(['COMPLETED', 'FAILED']),
  query('transactionReference').notEmpty(),
  query('amount').isDecimal(),
  async (req, res) => {
    const { transactionStatus, transactionReference, amount } = matchedData(req);
    await payouts.confirm(transactionReference, transactionStatus, amount);
    res.redirect('/wallet');
  },
);

module.exports = router;
