// The slot is written twice in the file (a fallback object elsewhere): its reads may be of the other value, so they
// are not followed — only the "leaves whole" item at the store.
const axios = require('axios');
const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth');

async function startFaceLogin(req, res, next) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(req.user.enrollment);
  const { data } = await axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
    { customerInternalReference: req.user.enrollment, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } },
    { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  // TODO(netverify-migrate): initiate-authentication: the legacy initiate response leaves here whole: code that reads redirectUrl / transactionReference from it (callers, the front end, stored copies and string key paths) must read web.href / workflowExecution.id
  res.locals.faceLogin = data;
  next();
}

function skip(req, res, next) {
  res.locals.faceLogin = { redirectUrl: '/already-verified' };
  next();
}

function answer(req, res) {
  res.redirect(res.locals.faceLogin.redirectUrl);
}

module.exports = { startFaceLogin, skip, answer };
