// Express router.param: every route with :faceLogin loads the authentication details first (US).
const express = require('express');
const axios = require('axios');

const router = express.Router();

router.param('faceLogin', async (req, res, next, reference) => {
  try {
    const { data } = await axios.get(`https://netverify.com/api/netverify/v2/authentications/${reference}`, {
      auth: { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET },
    });
    req.faceLoginUser = data.userReference;
    req.faceLoginPassed = data.transactionResult === 'PASSED';
    next();
  } catch (err) {
    next(err);
  }
});

router.get('/face-logins/:faceLogin', (req, res) => res.json({ user: req.faceLoginUser, passed: req.faceLoginPassed }));

module.exports = router;
