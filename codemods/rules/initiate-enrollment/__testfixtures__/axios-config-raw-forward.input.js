const express = require('express');
const axios = require('axios');

const app = express();

// piteli-style: axios config form, JSON.stringify'd payload, hard-coded Basic header, raw response forwarded.
app.post('/api/initiate', async (req, res) => {
  const payload = {
    customerInternalReference: req.body.orderId,
    userReference: req.body.userId,
    successUrl: 'https://pwa.example.com/success',
    errorUrl: 'https://pwa.example.com/error',
    workflowId: 200,
  };
  const result = await axios({
    url: 'https://netverify.com/api/v4/initiate',
    method: 'POST',
    data: JSON.stringify(payload),
    headers: {
      'Content-Type': 'application/json',
      'Content-Length': JSON.stringify(payload).length,
      Authorization: 'Basic dG9rZW46c2VjcmV0',
      'User-Agent': 'PWA Demo/0.1',
    },
  });
  res.json(result.data);
});

module.exports = app;
