const express = require('express');
const { body, matchedData } = require('express-validator');
const { savePayment } = require('./store');

const app = express();

// A card acquirer's form notification validated with express-validator: the same words, no Jumio-only field.
app.post('/payments/notify', express.urlencoded({ extended: false }), body('transactionReference').isString(), async (req, res) => {
  const form = matchedData(req);
  await savePayment(form.transactionReference, { result: form.transactionResult, at: form.transactionDate });
  res.send('[accepted]');
});

module.exports = app;
