const express = require('express');
const axios = require('axios');
const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth');

const router = express.Router();

// The service function returns the legacy response; the route below reads it.
async function initiateAuthentication(user) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(user.jumioEnrollmentRef);
  const response = await axios.put(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    customerInternalReference: user.id,
    workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
    userReference: user.id,
  }, { headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` } });
  return response.data;
}

router.post('/verify/start', async (req, res) => {
  const result = await initiateAuthentication(req.user);
  await req.db.verifications.insert({ userId: req.user.id, reference: result.workflowExecution.id });
  res.json({ iframeUrl: result.web.href });
});

module.exports = router;
