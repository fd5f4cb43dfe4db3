// Maplestone Savings (US) online banking: a member who lost access to their account (new phone, forgotten password)
// gets it back with a face login against the identity checked when the account was opened. Express 4 with EJS views,
// CommonJS, request-promise-native. The recovery page frames the face login and says when it was started.
'use strict';

const express = require('express');
const rp = require('request-promise-native');
const { findRecovery, saveRecoveryStepUp } = require('./db.cjs');

const NV_INITIATE = 'https://www.netverify.com/api/authentication/v1/web/initiate';
const SITE = 'https://online.maplestone.example';

const router = express.Router();

router.get('/recover/:recoveryId/face-login', async (req, res, next) => {
  try {
    const recovery = await findRecovery(req.params.recoveryId, req.session.recoveryToken);
    if (!recovery) return res.status(404).render('errors/not-found');

    const data = await rp({
      method: 'POST',
      uri: NV_INITIATE,
      json: true,
      body: {
        enrollmentTransactionReference: recovery.member.netverifyEnrollment,
        userReference: recovery.member.memberNo,
        successUrl: `${SITE}/recover/${recovery.id}/face-login/done`,
        errorUrl: `${SITE}/recover/${recovery.id}/face-login/failed`,
        locale: 'en-US',
        tokenLifetimeInMinutes: 15,
      },
      auth: { user: process.env.MAPLESTONE_NV_TOKEN, pass: process.env.MAPLESTONE_NV_SECRET, sendImmediately: true },
      headers: { Accept: 'application/json', 'User-Agent': 'Maplestone-Online/7.2' },
      timeout: 10000,
    });

    await saveRecoveryStepUp(recovery.id, data.transactionReference);

    // views/account/recovery-face-login.ejs frames the face login and prints its start time and reference.
    res.render('account/recovery-face-login', {
      title: 'Confirm it is you',
      recovery,
      jumio: data,
    });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
