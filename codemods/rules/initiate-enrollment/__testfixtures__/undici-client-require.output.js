const express = require('express');
const { Client, request: undiciRequest } = require('undici');
const { kyxAccessToken } = require('./kyx-auth');

const router = express.Router();
const jumio = new Client('https://lon.netverify.com');

router.post('/kyc/start', async (request, response) => {
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.js); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const { body } = await undiciRequest('https://account.emea-1.jumio.ai/api/v1/accounts', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${await kyxAccessToken('emea-1')}`,
      'User-Agent': 'Brightwater KYC/1.0',
    },
    body: JSON.stringify({
      customerInternalReference: request.user.id,
      userReference: request.user.id,
      web: {
        successUrl: 'https://brightwater.example/kyc/ok',
        errorUrl: 'https://brightwater.example/kyc/error',
      },
      workflowDefinition: { key: 3 },
    }),
  });
  const { web: { href: redirectUrl }, workflowExecution: { id: transactionReference } } = await body.json();
  response.json({ redirectUrl, transactionReference });
});

module.exports = router;
