// Cloud Run (Express 4, CommonJS): face login through superagent; the endpoint is joined with url-join from the data
// centre's host and the API path, both constants of the module.
const express = require('express');
const superagent = require('superagent');
const urljoin = require('url-join');

const JUMIO_HOST = 'https://lon.netverify.com';
const AUTH_INITIATE_PATH = '/api/authentication/v1/web/initiate';

const router = express.Router();

router.post('/face-login', async (req, res, next) => {
  try {
    const { body } = await superagent
      .post(urljoin(JUMIO_HOST, AUTH_INITIATE_PATH))
      .auth(process.env.JUMIO_API_TOKEN, process.env.JUMIO_API_SECRET)
      .set('User-Agent', 'Acme CloudRun/3.4')
      .set('Accept', 'application/json')
      .send({
        enrollmentTransactionReference: req.user.jumioEnrollment,
        userReference: req.user.id,
        successUrl: urljoin(process.env.PUBLIC_URL, 'face-login', 'done'),
        locale: req.acceptsLanguages('de', 'en') || 'en',
      });
    req.session.faceLoginRef = body.transactionReference;
    res.redirect(303, body.redirectUrl);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
