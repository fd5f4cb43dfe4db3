// A local fake of the legacy Jumio API for end-to-end tests: it answers the initiate itself. Its request is the
// initiate body (enrollmentTransactionReference, userReference, successUrl), not a callback.
const express = require('express');
const { randomUUID } = require('node:crypto');

const app = express();

app.post('/api/auth/v1/initiate', express.json(), (req, res) => {
  const { enrollmentTransactionReference, userReference, successUrl } = req.body;
  const transactionReference = randomUUID();
  console.log('fake initiate for %s (%s)', userReference, enrollmentTransactionReference);
  res.json({ timestamp: new Date().toISOString(), transactionReference, redirectUrl: `${successUrl}?transactionReference=${transactionReference}` });
});

module.exports = app;
