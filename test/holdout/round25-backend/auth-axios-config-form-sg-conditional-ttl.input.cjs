// Face login for the remittance app (Express 4, CommonJS, axios's config form). The error page is only set when the
// app passed a return address; long sessions are for the desktop flow.
const express = require('express');
const axios = require('axios');
const { saveFaceLogin } = require('./store');

const JUMIO_API = 'https://core-sgp.jumio.com';
const auth = { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET };

const router = express.Router();

router.post('/remit/face-login', async (req, res, next) => {
  try {
    const { customerId, enrollmentRef, desktop, returnTo } = req.body;
    const body = {
      enrollmentTransactionReference: enrollmentRef,
      userReference: customerId,
      successUrl: 'https://remit.acme-pay.sg/face-login/done',
      tokenLifetimeInMinutes: desktop ? 60 : 30,
    };
    if (returnTo) {
      body.errorUrl = returnTo;
    }
    const response = await axios({
      method: 'post',
      url: `${JUMIO_API}/api/authentication/v1/web/initiate`,
      data: body,
      auth,
      headers: { 'User-Agent': 'Acme Pay SG/3.1' },
    });
    await saveFaceLogin(customerId, response.data.transactionReference);
    res.json({ next: response.data.redirectUrl });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
