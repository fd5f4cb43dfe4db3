// Face login of the credit union's online banking (US data centre). One got instance per upstream API: the Netverify
// one carries the API user, and the module pins the Authentication API version our integration was certified against.
import express from 'express';
import got from 'got';
import { saveFaceLogin } from './store.js';

// Certified against v1 (security review 2021-03); bump together with the response handling below.
const AUTH_API_VERSION = 'v1';

const netverify = got.extend({
  prefixUrl: 'https://netverify.com/api',
  username: process.env.NETVERIFY_API_TOKEN,
  password: process.env.NETVERIFY_API_SECRET,
  headers: { accept: 'application/json', 'user-agent': 'Lakeshore Online Banking/5.3' },
  timeout: { request: 10_000 },
  retry: { limit: 2 },
});

// Everything that is the same for every member's face login.
const FACE_LOGIN_DEFAULTS = {
  successUrl: 'https://online.lakeshorecu.example/face-login/complete',
  errorUrl: 'https://online.lakeshorecu.example/face-login/failed',
  callbackUrl: 'https://api.lakeshorecu.example/hooks/netverify/face-login',
  locale: 'en-US',
  tokenLifetimeInMinutes: 20,
};

export async function startFaceLogin(member) {
  const started = await netverify
    .post(`authentication/${AUTH_API_VERSION}/web/initiate`, {
      json: {
        ...FACE_LOGIN_DEFAULTS,
        enrollmentTransactionReference: member.jumioEnrollmentRef,
        userReference: member.memberNumber,
      },
    })
    .json();
  await saveFaceLogin(member.memberNumber, started.transactionReference);
  return started.redirectUrl;
}

export const faceLoginRouter = express.Router();

faceLoginRouter.post('/face-login', async (req, res, next) => {
  if (!req.user?.jumioEnrollmentRef) return res.redirect(303, '/security/face-login/enrol');
  try {
    res.redirect(303, await startFaceLogin(req.user));
  } catch (err) {
    req.log.warn({ err, member: req.user.memberNumber }, 'face login could not start');
    next(err);
  }
});
