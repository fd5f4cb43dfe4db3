const express = require('express');
const app = express();

app.get('/identity/done', (req, res) => {
  const { acquisitionStatus: transactionStatus, workflowExecutionId: transactionReference, errorCode } = req.query;
  if (transactionStatus === 'ERROR') {
    // TODO(netverify-migrate): landing-page-params: errorCode 9836 changed meaning: legacy 9836 (no acceptable submission in 3 attempts) is 9835 on KYX; 9836 now means authentication failure
    if (errorCode === '9836') return res.redirect('/identity/retry-later');
    return res.status(400).send(`Verification failed (${errorCode})`);
  }
  res.send(`Thanks, reference ${transactionReference}`);
});

module.exports = app;
