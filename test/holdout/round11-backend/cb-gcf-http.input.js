// Google Cloud Functions (functions-framework): the framework parses the urlencoded body into req.body.
const functions = require('@google-cloud/functions-framework');
const { Firestore } = require('@google-cloud/firestore');

const db = new Firestore();

functions.http('jumioAuthCallback', async (req, res) => {
  const { transactionReference, enrollmentTransactionReference, transactionResult, callbackDate } = req.body;
  await db.collection('faceLogins').doc(transactionReference).set(
    { enrollment: enrollmentTransactionReference, result: transactionResult, receivedAt: callbackDate },
    { merge: true },
  );
  res.status(200).send('OK');
});
