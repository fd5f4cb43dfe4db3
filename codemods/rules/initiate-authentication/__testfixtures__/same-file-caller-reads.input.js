const express = require('express');
const axios = require('axios');

const router = express.Router();

// The service function returns the legacy response; the route below reads it.
async function initiateAuthentication(user) {
  const response = await axios.post('https://lon.netverify.com/api/authentication/v1/web/initiate', {
    enrollmentTransactionReference: user.jumioEnrollmentRef,
    userReference: user.id,
  }, { auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET } });
  return response.data;
}

router.post('/verify/start', async (req, res) => {
  const result = await initiateAuthentication(req.user);
  await req.db.verifications.insert({ userId: req.user.id, reference: result.transactionReference });
  res.json({ iframeUrl: result.redirectUrl });
});

module.exports = router;
