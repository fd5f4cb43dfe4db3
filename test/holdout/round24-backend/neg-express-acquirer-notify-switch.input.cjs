// Card acquirer notifications of the lending platform (Express 4, CommonJS). The acquirer posts a form for every
// capture and refund; the repayment ledger is updated from it.
const express = require('express');
const { saveResult } = require('./store');

const app = express();
app.use(express.urlencoded({ extended: true }));

app.post('/hooks/acquirer', async (req, res) => {
  switch (req.body.notificationType) {
    case 'CAPTURE':
    case 'REFUND':
      await saveResult(req.body.transactionReference, {
        kind: req.body.notificationType,
        result: req.body.transactionResult,
        at: req.body.transactionDate,
        sentAt: req.body.callbackDate,
        borrower: req.body.userReference,
      });
      break;
    default:
      console.warn('ignored acquirer notification', req.body.notificationType);
  }
  res.sendStatus(200);
});

module.exports = app;
