'use strict';
// Bluestem Business Lending (US): every guarantor named on a loan offer proves their identity with a US driving
// licence and a selfie. The link goes out with the offer documents, so it has to stay valid for the whole offer
// period. Express 4 router, CommonJS, axios.
const express = require('express');
const axios = require('axios');
const { findGuarantor, saveGuarantorVerification } = require('./applicants.cjs');

const router = express.Router();

router.post('/offers/:offerId/guarantors/:guarantorId/identity', async (req, res, next) => {
  try {
    const { offerId, guarantorId } = req.params;
    const guarantor = await findGuarantor(offerId, guarantorId);
    if (!guarantor) return res.status(404).json({ error: 'unknown guarantor' });

    const { data } = await axios.post(
      'https://netverify.com/api/v4/initiate',
      {
        customerInternalReference: `${offerId}:${guarantor.id}`,
        // Underwriting looks guarantors up in the vendor's portal by e-mail.
        userReference: guarantor.email,
        workflowId: 201,
        presets: [{ index: 1, country: 'USA', type: 'DRIVING_LICENSE' }],
        successUrl: `https://offers.bluestem-lending.example/offers/${offerId}/identity/done`,
        errorUrl: `https://offers.bluestem-lending.example/offers/${offerId}/identity/problem`,
        callbackUrl: 'https://api.bluestem-lending.example/webhooks/netverify/id-verification',
        locale: 'en',
        // The offer period is 90 days (credit policy CP-7).
        tokenLifetimeInMinutes: 60 * 24 * 90,
      },
      {
        auth: { username: process.env.BLUESTEM_NV_TOKEN, password: process.env.BLUESTEM_NV_SECRET },
        headers: { Accept: 'application/json', 'User-Agent': 'Bluestem-Offers/3.0' },
      },
    );

    await saveGuarantorVerification(guarantor.id, data.transactionReference, data.timestamp);
    res.status(201).json({ link: data.redirectUrl, validForDays: 90 });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
