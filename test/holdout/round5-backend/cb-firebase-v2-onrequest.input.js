const { onRequest } = require('firebase-functions/v2/https');
const { getFirestore } = require('firebase-admin/firestore');

// Jumio posts form-encoded; Cloud Functions parses it into req.body for us
exports.netverifyAuthCallback = onRequest({ region: 'europe-west1' }, async (req, res) => {
  if (req.method !== 'POST') {
    res.status(405).send('');
    return;
  }
  const b = req.body;
  await getFirestore().collection('faceAuth').doc(b.transactionReference).set({
    result: b.transactionResult,
    enrollment: b.enrollmentTransactionReference,
    type: b.callBackType,
    date: b.transactionDate,
  });
  res.status(200).send('OK');
});
