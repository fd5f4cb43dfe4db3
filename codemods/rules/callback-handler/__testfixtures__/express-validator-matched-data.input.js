const express = require('express');
const { body, matchedData, validationResult } = require('express-validator');
const { saveResult } = require('./store');

const app = express();

app.post(
  '/webhooks/face-login',
  express.urlencoded({ extended: false }),
  body('transactionReference').isString(),
  body('transactionResult').isIn(['PASSED', 'FAILED', 'INVALID', 'EXPIRED']),
  body('enrollmentTransactionReference').isString(),
  async (req, res) => {
    if (!validationResult(req).isEmpty()) return res.sendStatus(400);
    const form = matchedData(req);
    await saveResult(form.transactionReference, { result: form.transactionResult, enrollment: form.enrollmentTransactionReference });
    res.sendStatus(200);
  },
);

module.exports = app;
