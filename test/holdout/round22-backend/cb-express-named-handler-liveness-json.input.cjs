// Result hook of the face login (Express 4, CommonJS, express.urlencoded). The handler is a named function of the
// module, registered below; the liveness image list arrives as a JSON string inside the form.
const express = require('express');
const { saveResult } = require('./store.js');

const app = express();

async function onFaceAuthResult(req, res) {
  const livenessImages = JSON.parse(req.body.livenessImages || '[]');
  await saveResult(req.body.transactionReference, {
    result: req.body.transactionResult,
    source: req.body.scanSource,
    livenessCount: livenessImages.length,
  });
  res.sendStatus(200);
}

app.post('/callbacks/face-auth', express.urlencoded({ extended: false }), onFaceAuthResult);

module.exports = app;
