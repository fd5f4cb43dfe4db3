'use strict';

const functions = require('@google-cloud/functions-framework');
const fetch = require('cross-fetch');
const { Firestore } = require('@google-cloud/firestore');

const firestore = new Firestore();

const JUMIO_HOST = 'https://netverify.com';
const API_TOKEN = process.env.JUMIO_API_TOKEN;
const API_SECRET = process.env.JUMIO_API_SECRET;

functions.http('startFaceAuthentication', async (req, res) => {
  if (req.method !== 'POST') {
    res.status(405).send('method not allowed');
    return;
  }
  const { uid } = req.body;
  const profile = await firestore.collection('profiles').doc(uid).get();
  if (!profile.exists) {
    res.status(404).send('unknown user');
    return;
  }

  const payload = {
    enrollmentTransactionReference: profile.get('jumioScanReference'),
    userReference: uid,
    successUrl: 'https://app.tallyho.io/verify/face/success',
    errorUrl: 'https://app.tallyho.io/verify/face/error',
    tokenLifetimeInMinutes: 60,
  };

  const jumioRes = await fetch(JUMIO_HOST + '/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      'User-Agent': 'TallyHo FaceAuth/1.3',
      Authorization: 'Basic ' + Buffer.from(API_TOKEN + ':' + API_SECRET).toString('base64'),
    },
    body: JSON.stringify(payload),
  });
  const json = await jumioRes.json();

  await firestore.collection('faceAuthentications').doc(json.transactionReference).set({
    uid,
    createdAt: Firestore.FieldValue.serverTimestamp(),
  });
  res.json({ redirectUrl: json.redirectUrl });
});
