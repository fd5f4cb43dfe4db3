const express = require('express');
const { saveAuthentication } = require('./store');

const app = express();
const JUMIO_CALLBACK_IPS = ['34.253.41.236', '35.157.27.193', '52.48.0.25', '52.57.194.92', '52.58.113.86', '52.209.180.134'];

app.post('/jumio/authentication-callback', express.urlencoded({ extended: false }), async (req, res) => {
  if (!JUMIO_CALLBACK_IPS.includes(req.ip)) return res.sendStatus(403);
  const { transactionReference, enrollmentTransactionReference, transactionResult } = req.body;
  await saveAuthentication(transactionReference, {
    enrollment: enrollmentTransactionReference,
    passed: transactionResult === 'PASSED',
    face: req.body.idScanImageFace,
  });
  res.sendStatus(200);
});

module.exports = app;
