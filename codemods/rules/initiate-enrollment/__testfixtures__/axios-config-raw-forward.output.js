const express = require('express');
const axios = require('axios');
const { kyxAccessToken } = require('./kyx-auth');

const app = express();

// piteli-style: axios config form, JSON.stringify'd payload, hard-coded Basic header, raw response forwarded.
app.post('/api/initiate', async (req, res) => {
  const payload = {
    customerInternalReference: req.body.orderId,
    userReference: req.body.userId,
    web: {
      successUrl: 'https://pwa.example.com/success',
      errorUrl: 'https://pwa.example.com/error',
    },
    workflowDefinition: { key: 3 },
  };
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.js); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const result = await axios({
    url: 'https://account.amer-1.jumio.ai/api/v1/accounts',
    method: 'POST',
    data: JSON.stringify(payload),
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${await kyxAccessToken('amer-1')}`,
      'User-Agent': 'PWA Demo/0.1',
    },
  });
  // TODO(netverify-migrate): initiate-enrollment: the legacy initiate response leaves here whole: code that reads redirectUrl / transactionReference from it (callers, the front end, stored copies and string key paths) must read web.href / workflowExecution.id
  res.json(result.data);
});

module.exports = app;
