const express = require('express');
const { markPaid } = require('./payments');

const app = express();

// Card acquirer server-to-server notification (form-encoded).
app.post('/payments/acquirer/notify', express.urlencoded({ extended: true }), async (req, res) => {
  const { transactionReference, transactionResult, transactionDate, merchantReference, amount } = req.body;
  if (transactionResult === 'PASSED' || transactionResult === 'AUTHORISED') {
    await markPaid(merchantReference, { transactionReference, amount, at: transactionDate });
  }
  res.send('[accepted]');
});

module.exports = app;
