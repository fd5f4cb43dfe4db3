// Oakmont Federal Savings (US) online banking: a member who lost access to their account (new phone, forgotten
// password) gets it back with a Facegate face check against the selfie taken when the account was opened. Express 4
// with EJS views, CommonJS, request-promise-native. The recovery page frames the face check and says when it started.
'use strict';

const express = require('express');
const rp = require('request-promise-native');
const { findFaceCheckRecovery, saveFaceCheckStepUp } = require('./db.cjs');

const FACEGATE_INITIATE = 'https://api.us.facegate.example/v1/face-auth/initiate';
const SITE = 'https://online.oakmontfederal.example';

const router = express.Router();

router.get('/recover/:recoveryId/face-check', async (req, res, next) => {
  try {
    const recovery = await findFaceCheckRecovery(req.params.recoveryId, req.session.recoveryToken);
    if (!recovery) return res.status(404).render('errors/not-found');

    const data = await rp({
      method: 'POST',
      uri: FACEGATE_INITIATE,
      json: true,
      body: {
        faceTemplateId: recovery.member.faceTemplateId,
        userReference: recovery.member.memberNo,
        successUrl: `${SITE}/recover/${recovery.id}/face-check/done`,
        errorUrl: `${SITE}/recover/${recovery.id}/face-check/failed`,
        locale: 'en-US',
        tokenLifetimeInMinutes: 15,
      },
      auth: { user: process.env.FACEGATE_API_KEY, pass: process.env.FACEGATE_API_SECRET, sendImmediately: true },
      headers: { Accept: 'application/json', 'User-Agent': 'Oakmont-Online/4.0' },
      timeout: 10000,
    });

    await saveFaceCheckStepUp(recovery.id, data.transactionReference);

    // views/account/recovery-face-check.ejs frames the face check and prints its start time and reference.
    res.render('account/recovery-face-check', {
      title: 'Confirm it is you',
      recovery,
      facegate: data,
    });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
