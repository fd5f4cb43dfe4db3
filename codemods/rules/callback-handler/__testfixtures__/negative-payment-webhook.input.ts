// A payment gateway webhook with the same generic field names: not Jumio, not touched.
import express from 'express';

export const app = express();
app.post('/webhooks/payments', express.json(), (req, res) => {
  const { transactionReference, transactionResult, transactionDate, userReference } = req.body;
  if (transactionResult === 'PASSED') console.log('paid', transactionReference, transactionDate, userReference);
  res.sendStatus(200);
});
