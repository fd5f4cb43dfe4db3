import express from 'express';

const app = express();
app.use(express.urlencoded({ extended: true }));

// SEPA instant transfer notifications from the bank (form-encoded, like most bank callbacks).
app.post('/bank/notify', (req, res) => {
  const { transactionReference, transactionResult, transactionDate, callbackDate } = req.body;
  if (transactionResult === 'PASSED') {
    req.app.locals.ledger.settle(transactionReference, new Date(transactionDate));
  }
  console.log('bank callback at %s', callbackDate);
  res.send('OK');
});

export default app;
