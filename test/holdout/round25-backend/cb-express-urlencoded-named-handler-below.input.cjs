// Face login results pushed by the vendor (Express 4, CommonJS). The handler is declared below its registration.
const express = require('express');
const { markUserVerified, saveResult } = require('./store');

const app = express();

app.post('/hooks/face-auth', express.urlencoded({ extended: false }), handleFaceAuth);

async function handleFaceAuth(req, res) {
  if (req.body.callBackType !== 'NETVERIFY_AUTHENTICATION') return res.sendStatus(204);
  const { transactionReference, transactionResult, userReference } = req.body;
  await saveResult(transactionReference, { result: transactionResult });
  await markUserVerified(userReference, transactionResult === 'PASSED');
  res.sendStatus(200);
}

module.exports = app;
