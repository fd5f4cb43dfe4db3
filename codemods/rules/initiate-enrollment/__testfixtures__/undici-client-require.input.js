const express = require('express');
const { Client } = require('undici');

const router = express.Router();
const jumio = new Client('https://lon.netverify.com');

router.post('/kyc/start', async (request, response) => {
  const { body } = await jumio.request({
    path: '/api/v4/initiate',
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: 'Basic ' + Buffer.from(process.env.JUMIO_API_TOKEN + ':' + process.env.JUMIO_API_SECRET).toString('base64'),
      'User-Agent': 'Brightwater KYC/1.0',
    },
    body: JSON.stringify({
      customerInternalReference: request.user.id,
      userReference: request.user.id,
      successUrl: 'https://brightwater.example/kyc/ok',
      errorUrl: 'https://brightwater.example/kyc/error',
    }),
  });
  const { redirectUrl, transactionReference } = await body.json();
  response.json({ redirectUrl, transactionReference });
});

module.exports = router;
