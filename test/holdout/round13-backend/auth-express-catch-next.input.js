// Express 4 handler that does not await: the axios promise is settled with .then and errors go to next (US).
const express = require('express');
const axios = require('axios');

const app = express();
app.use(express.json());

const JUMIO = {
  initiate: 'https://netverify.com/api/authentication/v1/web/initiate',
  user: process.env.JUMIO_API_TOKEN,
  pass: process.env.JUMIO_API_SECRET,
};

app.post('/api/step-up', (req, res, next) => {
  axios
    .post(
      JUMIO.initiate,
      { enrollmentTransactionReference: req.body.enrollment, userReference: req.body.userId },
      { auth: { username: JUMIO.user, password: JUMIO.pass }, headers: { 'User-Agent': 'Acme Broker/4.4' } },
    )
    .then((response) => res.json({ url: response.data.redirectUrl, reference: response.data.transactionReference }))
    .catch(next);
});

module.exports = app;
