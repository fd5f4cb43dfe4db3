'use strict';
// Face-login callback receiver of the member app (US tenant, CommonJS, Express 4). The vendor's callback servers and
// the callback type come from the member app's shared Netverify endpoints module; the form's shape is the identity
// package's FaceLoginCallbackForm (checked by `tsc --checkJs` in CI).
const express = require('express');
const { CALLBACK_SOURCE_IPS, AUTHENTICATION_CALLBACK_TYPE } = require('./netverify-endpoints.cjs');
const { recordFaceLoginResult } = require('./store');

/** @typedef {import('./identity-types').FaceLoginCallbackForm} FaceLoginCallbackForm */

const router = express.Router();
const allowedSources = new Set(CALLBACK_SOURCE_IPS);

function clientIp(req) {
  // Behind the load balancer: the first address of X-Forwarded-For is the caller.
  const forwarded = req.headers['x-forwarded-for'];
  return (typeof forwarded === 'string' ? forwarded.split(',')[0] : req.socket.remoteAddress || '').trim();
}

router.post('/hooks/face-login', express.urlencoded({ extended: false }), async (req, res, next) => {
  if (!allowedSources.has(clientIp(req))) {
    res.sendStatus(403);
    return;
  }

  /** @type {FaceLoginCallbackForm} */
  const form = req.body;
  if (form.callBackType !== AUTHENTICATION_CALLBACK_TYPE) {
    res.sendStatus(204);
    return;
  }

  try {
    await recordFaceLoginResult(form.transactionReference, {
      enrolment: form.enrollmentTransactionReference,
      result: form.transactionResult,
      source: form.scanSource,
      member: form.userReference || null,
      decidedAt: form.transactionDate,
      receivedAt: form.callbackDate,
    });
    res.sendStatus(200);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
