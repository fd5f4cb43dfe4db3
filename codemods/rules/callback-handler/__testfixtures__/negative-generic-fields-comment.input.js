// Generic field names without anything Jumio about the handler but a comment: a bank's form callback.
// (Our old Jumio callback looked the same; it was removed.)
const express = require('express');

const app = express();
app.post('/bank/notify', express.urlencoded({ extended: true }), (req, res) => {
  const { transactionReference, transactionResult, callbackDate } = req.body;
  if (transactionResult === 'PASSED') console.log('settled', transactionReference, callbackDate);
  res.send('OK');
});

module.exports = app;
