// A card acquirer's form-encoded payment notification on Cloud Functions (transactionReference/Result/Date): untouched.
const functions = require('@google-cloud/functions-framework');
const { markPaid } = require('./orders');

functions.http('acquirerNotification', async (req, res) => {
  const { transactionReference, transactionResult, transactionDate, amount } = req.body;
  if (transactionResult === 'AUTHORISED') await markPaid(transactionReference, { amount, at: transactionDate });
  res.status(200).send('[accepted]');
});
