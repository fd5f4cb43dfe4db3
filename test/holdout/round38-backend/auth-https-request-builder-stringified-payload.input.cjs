// Face login for the Singapore app (SG data centre). This service has no HTTP client dependency (security review,
// 2020), so Netverify is called with node:https. The request body is put together by FaceLoginRequest, which the
// mobile BFF imports too, so both flows send the same fields.
'use strict';

const https = require('node:https');
const express = require('express');
const { saveFaceLoginReference } = require('./store.cjs');

const NETVERIFY_SG_HOST = 'core-sgp.jumio.com';
const FACE_LOGIN_PATH = '/api/authentication/v1/web/initiate';

class FaceLoginRequest {
  constructor(enrolmentReference) {
    this.fields = { enrollmentTransactionReference: enrolmentReference };
  }

  forMember(memberId) {
    this.fields.userReference = memberId;
    return this;
  }

  returningTo(origin) {
    this.fields.successUrl = `${origin}/face-login/complete`;
    this.fields.errorUrl = `${origin}/face-login/failed`;
    return this;
  }

  inLocale(locale) {
    if (locale) this.fields.locale = locale;
    return this;
  }

  validFor(minutes) {
    this.fields.tokenLifetimeInMinutes = minutes;
    return this;
  }

  build() {
    if (!this.fields.userReference) throw new Error('FaceLoginRequest: forMember() is required');
    return { ...this.fields };
  }
}

function startFaceLogin(member, origin) {
  const payload = JSON.stringify(
    new FaceLoginRequest(member.enrolmentReference).forMember(member.id).returningTo(origin).inLocale(member.locale).validFor(15).build(),
  );
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        hostname: NETVERIFY_SG_HOST,
        path: FACE_LOGIN_PATH,
        method: 'POST',
        auth: `${process.env.NETVERIFY_SG_TOKEN}:${process.env.NETVERIFY_SG_SECRET}`,
        timeout: 10000,
        headers: {
          Accept: 'application/json',
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(payload),
          'User-Agent': 'Merlion Pay SG/2.9',
        },
      },
      (res) => {
        let raw = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => {
          raw += chunk;
        });
        res.on('end', () => {
          if (res.statusCode !== 200) return reject(new Error(`Netverify answered ${res.statusCode}: ${raw.slice(0, 200)}`));
          try {
            resolve(JSON.parse(raw));
          } catch (err) {
            reject(err);
          }
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('Netverify did not answer within 10 s')));
    req.on('error', reject);
    req.end(payload);
  });
}

const router = express.Router();

router.post('/face-login', async (req, res, next) => {
  try {
    const started = await startFaceLogin(req.user, `https://${req.hostname}`);
    await saveFaceLoginReference(req.user.id, started.transactionReference);
    res.json({ redirectUrl: started.redirectUrl });
  } catch (err) {
    next(err);
  }
});

module.exports = { router, FaceLoginRequest };
