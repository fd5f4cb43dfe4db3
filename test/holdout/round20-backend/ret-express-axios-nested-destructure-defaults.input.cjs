// Result lookup of the US onboarding site (Express 4, CommonJS, axios). A 404 means Jumio does not know the reference
// (yet); any other answer below 500 is read.
const express = require('express');
const axios = require('axios');
const { saveResult } = require('./db.cjs');

const router = express.Router();

router.get('/face-login/result/:ref', async (req, res, next) => {
  try {
    const {
      status,
      data: { transactionReference: ref, transactionResult = 'PENDING', userReference = null } = {},
    } = await axios.get(`https://www.netverify.com/api/netverify/v2/authentications/${req.params.ref}`, {
      auth: { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET },
      headers: { 'User-Agent': 'Acme Onboarding US/7.7' },
      validateStatus: (code) => code < 500,
    });
    if (status === 404) return res.status(404).json({ state: 'unknown' });
    await saveResult(ref, { result: transactionResult, user: userReference });
    res.json({ ref, state: transactionResult.toLowerCase(), user: userReference });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
