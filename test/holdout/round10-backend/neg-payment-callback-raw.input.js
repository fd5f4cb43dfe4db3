// Card acquirer's server-to-server notification (form-encoded), read from a raw body.
const express = require('express');
const querystring = require('querystring');
const { saveResult } = require('./store-cjs');

const app = express();

app.post('/payments/notify', express.raw({ type: '*/*' }), async (req, res) => {
  const n = querystring.parse(req.body.toString('utf8'));
  await saveResult(n.transactionReference, { result: n.transactionResult, date: n.transactionDate, amount: n.amount });
  res.send('[accepted]');
});

module.exports = app;
