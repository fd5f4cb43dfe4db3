// Face login result of the wallet API (Express 5, CommonJS, axios). An unknown reference is answered with 404 by
// Jumio; only server errors make axios throw here.
const express = require('express');
const axios = require('axios');

const router = express.Router();

router.get('/face-login/:reference/result', async (req, res) => {
  const { reference } = req.params;
  const response = await axios.get(`https://core-sgp.jumio.com/api/netverify/v2/authentications/${reference}`, {
    auth: { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET },
    headers: { Accept: 'application/json', 'User-Agent': 'Acme Wallet SG/9.4' },
    validateStatus: (status) => status < 500,
  });
  if (response.status === 404) return res.status(404).json({ error: 'unknown face login' });
  const { transactionReference: ref, transactionResult, userReference } = response.data;
  res.json({ reference: ref, passed: transactionResult === 'PASSED', user: userReference ?? null });
});

module.exports = router;
