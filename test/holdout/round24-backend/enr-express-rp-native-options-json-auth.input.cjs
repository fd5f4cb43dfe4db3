// Host verification of the rental platform (Express 4, CommonJS, request-promise-native). Hosts verify their
// driving licence once before their first listing goes live.
const express = require('express');
const rp = require('request-promise-native');
const { saveKycCase } = require('./store');

const JUMIO_HOST = 'https://www.netverify.com';

const router = express.Router();

router.post('/hosts/:hostId/verify-identity', async (req, res, next) => {
  try {
    const result = await rp({
      method: 'POST',
      uri: `${JUMIO_HOST}/api/v4/initiate`,
      auth: { user: process.env.JUMIO_API_TOKEN, pass: process.env.JUMIO_API_SECRET, sendImmediately: true },
      headers: { 'User-Agent': 'Acme Rentals/6.0' },
      body: {
        customerInternalReference: `host-${req.params.hostId}`,
        userReference: req.params.hostId,
        workflowId: 100,
        presets: [{ index: 1, country: 'USA', type: 'DRIVING_LICENSE' }],
        reportingCriteria: 'host-onboarding',
        successUrl: 'https://hosts.acme-rentals.com/verify/thanks',
        tokenLifetimeInMinutes: 60,
      },
      json: true,
    });
    await saveKycCase(req.params.hostId, result.transactionReference);
    res.redirect(303, result.redirectUrl);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
