import { onCall, HttpsError } from 'firebase-functions/v2/https';
import { defineSecret } from 'firebase-functions/params';
import { getFirestore } from 'firebase-admin/firestore';
import axios from 'axios';

const jumioToken = defineSecret('JUMIO_API_TOKEN');
const jumioSecret = defineSecret('JUMIO_API_SECRET');

export const startFaceAuth = onCall({ region: 'europe-west1', secrets: [jumioToken, jumioSecret] }, async (request) => {
  if (!request.auth) throw new HttpsError('unauthenticated', 'sign in first');
  const profile = (await getFirestore().doc(`users/${request.auth.uid}`).get()).data();
  if (!profile?.jumioEnrollment) throw new HttpsError('failed-precondition', 'no enrolment');

  const result = await axios.post(
    'https://lon.netverify.com/api/authentication/v1/web/initiate',
    {
      enrollmentTransactionReference: profile.jumioEnrollment,
      userReference: request.auth.uid,
      successUrl: 'https://app.tidepool.example/face/done',
    },
    {
      auth: { username: jumioToken.value(), password: jumioSecret.value() },
      headers: { 'User-Agent': 'Tidepool/6.1' },
    },
  );

  await getFirestore().doc(`users/${request.auth.uid}`).update({ lastFaceAuth: result.data.transactionReference });
  return { url: result.data.redirectUrl };
});
