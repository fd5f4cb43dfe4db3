// Express route answering the browser with a redirect and API clients with JSON (res.format); superagent (US).
const express = require('express');
const superagent = require('superagent');

const router = express.Router();

router.post('/security/face-login', express.json(), async (req, res, next) => {
  try {
    const response = await superagent
      .post('https://netverify.com/api/authentication/v1/web/initiate')
      .auth(process.env.JUMIO_API_TOKEN, process.env.JUMIO_API_SECRET)
      .type('json')
      .send({ enrollmentTransactionReference: req.user.jumioEnrollment, userReference: req.user.id, locale: req.acceptsLanguages()[0] });
    res.format({
      html: () => res.redirect(303, response.body.redirectUrl),
      json: () => res.json({ url: response.body.redirectUrl, reference: response.body.transactionReference }),
    });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
