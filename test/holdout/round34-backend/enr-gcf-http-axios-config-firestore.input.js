// Google Cloud Functions (2nd gen, Node 20) through @google-cloud/functions-framework: the remittance app's "verify
// my identity" step. The caller's Firebase ID token is checked, the Singapore data centre is asked for a verification
// link with axios's config form, and the case is kept in Firestore until the result arrives.
const functions = require('@google-cloud/functions-framework');
const admin = require('firebase-admin');
const axios = require('axios');

admin.initializeApp();
const db = admin.firestore();

const APP_URL = process.env.APP_URL || 'https://app.merlion-remit.example';

functions.http('beginIdentityCheck', async (req, res) => {
  if (req.method !== 'POST') {
    res.set('Allow', 'POST');
    return res.status(405).send('method not allowed');
  }

  const idToken = (req.get('Authorization') || '').replace(/^Bearer /, '');
  let caller;
  try {
    caller = await admin.auth().verifyIdToken(idToken);
  } catch {
    return res.status(401).json({ error: 'please sign in again' });
  }

  const profile = (await db.collection('customers').doc(caller.uid).get()).data();
  if (!profile) {
    return res.status(404).json({ error: 'no customer profile' });
  }

  const response = await axios({
    method: 'post',
    url: 'https://core-sgp.jumio.com/api/v4/initiate',
    auth: { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET },
    headers: { Accept: 'application/json', 'User-Agent': 'Merlion Remit KYC/4.0' },
    data: {
      customerInternalReference: `cust-${caller.uid}`,
      userReference: caller.uid,
      workflowId: 201,
      presets: [{ index: 1, country: profile.passportCountry, type: 'PASSPORT' }],
      successUrl: `${APP_URL}/kyc/submitted`,
      errorUrl: `${APP_URL}/kyc/retry`,
      callbackUrl: `https://asia-southeast1-${process.env.GCLOUD_PROJECT}.cloudfunctions.net/identityResult`,
      locale: profile.language === 'zh' ? 'zh-CN' : 'en',
    },
  });
  const started = response.data;

  await db.collection('kycCases').doc(caller.uid).set(
    {
      jumioReference: started.transactionReference,
      status: 'PENDING',
      startedAt: admin.firestore.FieldValue.serverTimestamp(),
    },
    { merge: true },
  );
  res.status(201).json({ verifyUrl: started.redirectUrl });
});
