// Brightwater Building Society savings: changing the nominated account that withdrawals go to is confirmed with a
// face login. Express 4, CommonJS, superagent. When the face login cannot be started the member is offered a branch
// appointment instead: startFaceLogin then answers with that page in the same shape, so the route does not care
// which one it got.
'use strict';

const express = require('express');
const superagent = require('superagent');
const { findNominatedAccountChange, saveNominationStepUp, logger } = require('./db.cjs');

const NV_INITIATE = 'https://lon.netverify.com/api/authentication/v1/web/initiate';
const FALLBACK_URL = 'https://online.brightwater.example/savings/nominated-account/book-appointment';

async function startFaceLogin(change) {
  try {
    const res = await superagent
      .post(NV_INITIATE)
      .auth(process.env.BRIGHTWATER_NV_TOKEN, process.env.BRIGHTWATER_NV_SECRET)
      .set('Accept', 'application/json')
      .set('User-Agent', 'Brightwater-Savings/4.0')
      .send({
        enrollmentTransactionReference: change.member.enrolmentReference,
        userReference: change.member.memberNo,
        successUrl: `https://online.brightwater.example/savings/nominated-account/${change.id}/confirmed`,
        errorUrl: `https://online.brightwater.example/savings/nominated-account/${change.id}/not-confirmed`,
        locale: 'en-GB',
        tokenLifetimeInMinutes: 15,
      });
    return res.body;
  } catch (err) {
    // superagent rejects on every 4xx/5xx; a 400 here has always meant the member's enrolment is not usable.
    logger.warn({ status: err.status, vendor: err.response && err.response.body, changeId: change.id }, 'face login not started');
    return { redirectUrl: FALLBACK_URL, transactionReference: null, timestamp: new Date().toISOString() };
  }
}

const router = express.Router();

router.post('/savings/nominated-account/:changeId/face-login', async (req, res, next) => {
  try {
    const change = await findNominatedAccountChange(req.params.changeId);
    const session = await startFaceLogin(change);
    if (session.transactionReference) {
      await saveNominationStepUp(change.id, session.transactionReference, session.timestamp);
    }
    res.redirect(303, session.redirectUrl);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
