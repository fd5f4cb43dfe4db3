// Identity provider hook of the lending platform (Express 4, CommonJS). One endpoint receives every result the
// provider posts as a form; only the step-up login results are kept.
const express = require('express');
const { saveResult } = require('./store');

const app = express();
app.use(express.urlencoded({ extended: true }));

app.post('/hooks/identity', async (req, res) => {
  switch (req.body.callBackType) {
    case 'NETVERIFY_AUTHENTICATION':
      await saveResult(req.body.transactionReference, {
        enrollment: req.body.enrollmentTransactionReference,
        result: req.body.transactionResult,
        at: req.body.transactionDate,
      });
      break;
    default:
      console.warn('ignored identity hook', req.body.callBackType);
  }
  res.sendStatus(200);
});

module.exports = app;
