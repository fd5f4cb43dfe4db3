// Kettle & Fern Outfitters (IE) store accounts: a customer who changes the e-mail address of their account confirms it
// with a face login (account takeovers start with an e-mail change). Express 4, CommonJS, superagent. Growth follows
// the step-up funnel in Segment, so the start of each face login is tracked with its reference; the completion event
// comes from the result job with the same reference.
'use strict';

const express = require('express');
const superagent = require('superagent');
const { Analytics } = require('@segment/analytics-node');
const { findCustomer, savePendingEmailChange } = require('./db.cjs');

const NV_AUTH_INITIATE = 'https://lon.netverify.com/api/auth/v1/initiate';

const analytics = new Analytics({ writeKey: process.env.SEGMENT_WRITE_KEY });
const router = express.Router();

router.post('/account/email/face-login', express.json(), async (req, res, next) => {
  try {
    const customer = await findCustomer(req.session.customerId);
    if (!customer || !customer.idvReference) return res.status(409).json({ error: 'no identity on file' });

    const nv = await superagent
      .post(NV_AUTH_INITIATE)
      .auth(process.env.KETTLEFERN_NV_TOKEN, process.env.KETTLEFERN_NV_SECRET)
      .set('Accept', 'application/json')
      .set('User-Agent', 'KettleFern-Accounts/2.7')
      .send({
        enrollmentTransactionReference: customer.idvReference,
        userReference: customer.id,
        successUrl: 'https://www.kettleandfern.example/account/email/confirmed',
        errorUrl: 'https://www.kettleandfern.example/account/email/not-confirmed',
        tokenLifetimeInMinutes: 30,
      });

    await savePendingEmailChange(customer.id, { newEmail: req.body.newEmail, faceLoginReference: nv.body.transactionReference });

    analytics.track({
      userId: customer.id,
      event: 'Email Change Face Login Started',
      properties: {
        faceLoginReference: nv.body.transactionReference,
        startedAt: nv.body.timestamp,
        channel: 'web',
      },
    });

    res.json({ faceLoginUrl: nv.body.redirectUrl });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
