// Face login of the remittance app (SG data centre), Express 4 / CommonJS. The Netverify origin and the path are kept
// apart and joined with new URL(); the body is serialised once so the audit log stores exactly what was sent.
const express = require('express');
const superagent = require('superagent');
const { saveFaceLoginReference } = require('./store.cjs');

const NETVERIFY_SG = 'https://core-sgp.jumio.com';
const FACE_LOGIN_PATH = '/api/authentication/v1/web/initiate';

function basicAuthorization() {
  const token = process.env.NETVERIFY_SG_TOKEN;
  const secret = process.env.NETVERIFY_SG_SECRET;
  return 'Basic ' + Buffer.from(`${token}:${secret}`).toString('base64');
}

async function startFaceLogin(member, audit) {
  const body = {
    enrollmentTransactionReference: member.kycReference,
    userReference: member.id,
    successUrl: 'https://app.merlionremit.example/face-login/complete',
    errorUrl: 'https://app.merlionremit.example/face-login/failed',
    callbackUrl: 'https://api.merlionremit.example/webhooks/netverify/face-login',
    locale: member.language === 'zh' ? 'zh-CN' : 'en-GB',
    tokenLifetimeInMinutes: 10,
  };
  const payload = JSON.stringify(body);
  audit.info({ member: member.id, bytes: payload.length }, 'face login requested');

  const res = await superagent
    .post(new URL(FACE_LOGIN_PATH, NETVERIFY_SG).href)
    .set('Authorization', basicAuthorization())
    .set('Content-Type', 'application/json')
    .set('Accept', 'application/json')
    .set('User-Agent', 'Merlion Remit API/4.1')
    .timeout({ response: 8000, deadline: 15000 })
    .send(payload);

  return { link: res.body.redirectUrl, reference: res.body.transactionReference };
}

const router = express.Router();

router.post('/face-login', async (req, res, next) => {
  if (!req.user || !req.user.kycReference) return res.status(409).json({ error: 'complete identity verification first' });
  try {
    const started = await startFaceLogin(req.user, req.log);
    await saveFaceLoginReference(req.user.id, started.reference);
    res.redirect(303, started.link);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
