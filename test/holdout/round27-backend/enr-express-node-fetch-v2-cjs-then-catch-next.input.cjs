// Identity verification start (Express 4, CommonJS, node-fetch 2): the route answers with the verification link and
// keeps the scan reference on the application; errors go to Express through next.
const express = require('express');
const fetch = require('node-fetch');
const { saveKycCase } = require('./store');

const router = express.Router();

const JUMIO_V4_INITIATE = 'https://netverify.com/api/v4/initiate';
const BASIC = Buffer.from(process.env.JUMIO_API_TOKEN + ':' + process.env.JUMIO_API_SECRET).toString('base64');

router.post('/applications/:id/identity', (req, res, next) => {
  const applicationId = req.params.id;
  const payload = {
    customerInternalReference: 'app-' + applicationId,
    userReference: req.user.id,
    workflowId: 200,
    successUrl: 'https://apply.acme-lending.com/identity/received',
    errorUrl: 'https://apply.acme-lending.com/identity/problem',
    tokenLifetimeInMinutes: 1440,
  };
  fetch(JUMIO_V4_INITIATE, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'User-Agent': 'Acme Lending/7.0',
      Authorization: 'Basic ' + BASIC,
    },
    body: JSON.stringify(payload),
  })
    .then((response) => {
      if (!response.ok) throw new Error('identity start failed: ' + response.status);
      return response.json();
    })
    .then((json) => saveKycCase(applicationId, json.transactionReference).then(() => res.json({ link: json.redirectUrl })))
    .catch(next);
});

module.exports = router;
