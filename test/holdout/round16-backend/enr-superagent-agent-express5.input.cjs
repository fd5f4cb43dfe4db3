// Express 5 router in CommonJS: a superagent agent carries the Basic credentials and the User-Agent as defaults;
// ID-only upload flow (workflowId 102).
const express = require('express');
const superagent = require('superagent');

const jumio = superagent.agent().auth(process.env.JUMIO_API_TOKEN, process.env.JUMIO_API_SECRET).set('User-Agent', 'Acme KYC/2.0');
const router = express.Router();

router.post('/kyc/upload', async (req, res) => {
  const response = await jumio
    .post('https://netverify.com/api/v4/initiate')
    .send({ customerInternalReference: req.user.id, userReference: req.user.id, workflowId: 102, errorUrl: 'https://acme.example/kyc/failed' });
  req.session.scanReference = response.body.transactionReference;
  res.redirect(response.body.redirectUrl);
});

module.exports = router;
