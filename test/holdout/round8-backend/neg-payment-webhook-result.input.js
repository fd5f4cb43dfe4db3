// Payment gateway server-to-server notification (form-encoded).
const express = require('express');
const { markPaid } = require('./orders');

const app = express();
app.post('/payments/notify', express.urlencoded({ extended: false }), async (req, res) => {
  const { transactionReference, transactionResult, transactionDate, merchantReference, amount } = req.body;
  if (transactionResult === 'APPROVED') {
    await markPaid(merchantReference, { gatewayRef: transactionReference, paidAt: transactionDate, amount: Number(amount) });
  }
  res.send('OK');
});

module.exports = app;
