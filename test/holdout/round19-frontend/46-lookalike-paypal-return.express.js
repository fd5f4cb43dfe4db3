const express = require('express');
const orders = require('../services/orders');

const router = express.Router();

// PayPal hosted checkout returns here.
router.get('/checkout/paypal/return', async (req, res) => {
  const {
    transactionStatus: status = 'FAILED',
    transactionReference: reference,
  } = req.query;

  if (status === 'COMPLETED') {
    await orders.markPaid(req.session.orderId, reference);
    return res.render('checkout/thanks', { reference });
  }
  return res.status(402).render('checkout/failed', { reference });
});

module.exports = router;
