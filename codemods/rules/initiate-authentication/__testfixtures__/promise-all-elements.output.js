const express = require('express');
const axios = require('axios');
const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth');

const router = express.Router();

async function startJumio(user) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(user.enrollmentRef);
  const { data } = await axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    customerInternalReference: user.enrollmentRef,
    workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
  }, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  return data;
}

// The call and the audit request run together; the route reads the element holding the response.
router.post('/verify/start', async (req, res) => {
  const [started, audit] = await Promise.all([startJumio(req.user), axios.post('https://audit.example.com/events', { user: req.user.id })]);
  res.json({ url: started.web.href, audited: audit.data.redirectUrl });
});

router.post('/verify/again', async (req, res) => {
  const results = await Promise.all([loadUser(req), startJumio(req.user)]);
  res.json({ user: results[0].redirectUrl, ref: results[1].workflowExecution.id });
});

router.post('/verify/then', (req, res) => {
  Promise.all([startJumio(req.user), loadUser(req)]).then(([{ web: { href: redirectUrl } }, user]) => res.json({ redirectUrl, name: user.redirectUrl }));
});

async function loadUser(req) {
  return req.db.users.find(req.user.id);
}

module.exports = router;
