const express = require('express');
const app = express();

app.get('/identity/done', (req, res) => {
  const { transactionStatus, transactionReference, errorCode } = req.query;
  if (transactionStatus === 'ERROR') {
    if (errorCode === '9836') return res.redirect('/identity/retry-later');
    return res.status(400).send(`Verification failed (${errorCode})`);
  }
  res.send(`Thanks, reference ${transactionReference}`);
});

module.exports = app;
