// Lusa Banco Digital (PT): opening a current account in the app. The applicant verifies their ID in the browser; the
// Premium plan also needs a selfie (the card comes with a higher limit), and applicants from Brazil get the Brazilian
// Portuguese screens. Express 4 router, CommonJS, superagent.
'use strict';

const express = require('express');
const superagent = require('superagent');
const { findApplicant, savePendingKyc } = require('./db.cjs');

const NETVERIFY_V4 = 'https://lon.netverify.com/api/v4/initiate';
const APP = 'https://app.lusabanco.example';

const router = express.Router();

router.post('/abertura/:applicantId/identidade', async (req, res, next) => {
  try {
    const applicant = await findApplicant(req.params.applicantId);
    if (!applicant) return res.status(404).json({ error: 'candidatura desconhecida' });

    const payload = {
      customerInternalReference: `LBD-${applicant.applicationNo}`,
      userReference: applicant.id,
      // ID only, camera only
      workflowId: 101,
      successUrl: `${APP}/abertura/${applicant.id}/identidade/concluida`,
      errorUrl: `${APP}/abertura/${applicant.id}/identidade/erro`,
      tokenLifetimeInMinutes: 30,
    };
    // Premium: ID + identity (selfie), still camera only.
    if (applicant.plan === 'premium') payload.workflowId = 201;
    payload.locale = applicant.nationality === 'BRA' ? 'pt-BR' : 'pt';

    const response = await superagent
      .post(NETVERIFY_V4)
      .auth(process.env.LUSA_NV_TOKEN, process.env.LUSA_NV_SECRET)
      .set('Accept', 'application/json')
      .set('User-Agent', 'LusaBanco-Abertura/2.7')
      .send(payload);

    await savePendingKyc(applicant.id, { vendorReference: response.body.transactionReference, plan: applicant.plan });
    res.status(201).json({ url: response.body.redirectUrl });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
