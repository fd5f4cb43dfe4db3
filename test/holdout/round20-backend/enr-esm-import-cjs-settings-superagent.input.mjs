// Onboarding router of the SG lending app (Express 4, ESM, superagent). The Jumio settings live in a CommonJS module
// shared with the older queue workers (jumio-settings.cjs), imported here through Node's CommonJS interop.
import express from 'express';
import superagent from 'superagent';
import settings from './jumio-settings.cjs';
import { saveKycCase } from './store.js';

export const onboarding = express.Router();

onboarding.post('/onboarding/identity', express.json(), async (req, res, next) => {
  try {
    const { country } = req.body;
    const response = await superagent
      .post(settings.jumio.v4Url)
      .auth(settings.jumio.apiToken, settings.jumio.apiSecret)
      .set('User-Agent', settings.jumio.userAgent)
      .send({
        customerInternalReference: req.user.applicationId,
        userReference: req.user.id,
        workflowId: 201,
        presets: [{ index: 1, country, type: 'PASSPORT' }],
        successUrl: `${settings.publicUrl}/onboarding/identity/thanks`,
        errorUrl: `${settings.publicUrl}/onboarding/identity/retry`,
      });
    await saveKycCase(req.user.id, response.body.transactionReference);
    res.json({ redirectTo: response.body.redirectUrl });
  } catch (err) {
    next(err);
  }
});
