const express = require('express');
const asyncHandler = require('express-async-handler');
const axios = require('axios');
const config = require('config');
const { requireSession } = require('../middleware/session');
const FaceAuth = require('../models/face-auth');

const router = express.Router();

const NETVERIFY_AUTH_URL = 'https://lon.netverify.com/api/authentication/v1/web/initiate';

router.post(
  '/step-up/face',
  requireSession,
  asyncHandler(async (req, res) => {
    const user = req.session.user;
    const { data } = await axios.post(
      NETVERIFY_AUTH_URL,
      {
        enrollmentTransactionReference: user.netverifyScanRef,
        userReference: String(user.id),
        callbackUrl: config.get('jumio.callbackUrl'),
        successUrl: config.get('app.baseUrl') + '/step-up/face/ok',
        errorUrl: config.get('app.baseUrl') + '/step-up/face/error',
        locale: req.acceptsLanguages('de', 'en') || 'en',
      },
      {
        auth: { username: config.get('jumio.apiToken'), password: config.get('jumio.apiSecret') },
        headers: { 'User-Agent': 'Kontor StepUp/1.0' },
        timeout: 15000,
      },
    );
    await FaceAuth.create({ userId: user.id, reference: data.transactionReference, startedAt: new Date() });
    res.json({ iframeUrl: data.redirectUrl });
  }),
);

module.exports = router;
