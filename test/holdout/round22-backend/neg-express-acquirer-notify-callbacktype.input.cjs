// Card acquirer's capture notification (Express 4, CommonJS, express.urlencoded). The acquirer posts its own
// transaction reference, the result, the dates, a callbackType and the shop's userReference.
const express = require('express');
const { saveResult } = require('./store.js');

const app = express();

async function onCaptureNotification(req, res) {
  const { transactionReference, transactionResult, transactionDate, callbackDate, callbackType, userReference } = req.body;
  if (callbackType !== 'PAYMENT_CAPTURE') return res.sendStatus(204);
  await saveResult(transactionReference, {
    captured: transactionResult === 'PASSED',
    at: transactionDate,
    notifiedAt: callbackDate,
    customer: userReference,
  });
  res.sendStatus(200);
}

app.post('/hooks/payments/notify', express.urlencoded({ extended: false }), onCaptureNotification);

module.exports = app;
