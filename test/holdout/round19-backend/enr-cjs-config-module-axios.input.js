// Onboarding (Express 4, CommonJS): opens a Jumio ID + identity verification for a new customer. The endpoint,
// credentials and User-Agent come from the app's settings module (config.js).
const express = require('express');
const axios = require('axios');
const config = require('./config');
const { saveKycCase } = require('./db');

const router = express.Router();

router.post('/onboarding/verify', async (req, res, next) => {
  try {
    const customer = req.user;
    const { data } = await axios.post(
      config.jumio.initiateUrl,
      {
        customerInternalReference: customer.caseId,
        userReference: customer.id,
        workflowId: 200,
        presets: [{ index: 1, country: 'SGP', type: 'ID_CARD' }],
        successUrl: `${config.publicUrl}/onboarding/submitted`,
        errorUrl: `${config.publicUrl}/onboarding/failed`,
        tokenLifetimeInMinutes: 2880,
      },
      {
        auth: { username: config.jumio.apiToken, password: config.jumio.apiSecret },
        headers: { 'User-Agent': config.jumio.userAgent },
      },
    );
    await saveKycCase(customer.id, data.transactionReference);
    res.redirect(303, data.redirectUrl);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
