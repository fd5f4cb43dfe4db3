const express = require('express');
const request = require('request');
const { JUMIO_AUTH_URL, HTTP_BASIC_AUTHENTICATION } = require('./jumio-constants.js');

const router = express.Router();

router.post('/login/face', (req, res, next) => {
  const options = {
    uri: JUMIO_AUTH_URL,
    method: 'POST',
    json: {
      enrollmentTransactionReference: req.session.scanReference,
      userReference: req.session.userId,
      callbackUrl: process.env.APP_URL + '/jumio/callback',
    },
    auth: HTTP_BASIC_AUTHENTICATION,
    headers: { 'User-Agent': 'Acme Login/1.0' },
  };
  request(options, (err, response, body) => {
    if (err) return next(err);
    req.session.authRef = body.transactionReference;
    res.redirect(body.redirectUrl);
  });
});

module.exports = router;
