// Express 4 with request-promise-native's rp.post; the browser is redirected with a 303 (EU).
const express = require('express');
const rp = require('request-promise-native');

const router = express.Router();

router.post('/login/face', async (req, res, next) => {
  try {
    const started = await rp.post({
      uri: 'https://lon.netverify.com/api/authentication/v1/web/initiate',
      json: true,
      body: {
        enrollmentTransactionReference: req.user.jumioEnrollment,
        userReference: req.user.id,
        successUrl: 'https://club.acme.example/login/face/ok',
        errorUrl: 'https://club.acme.example/login/face/ko',
        locale: 'fr',
      },
      auth: { user: process.env.JUMIO_API_TOKEN, pass: process.env.JUMIO_API_SECRET },
      headers: { 'User-Agent': 'Acme Club/2.4' },
    });
    req.session.faceRef = started.transactionReference;
    res.redirect(303, started.redirectUrl);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
