// A middleware starts the face login and keeps the answer in res.locals for the route's next handler, which reads it
// from there: the file's only write to that slot, so the reads move (the slot still leaves: views read res.locals).
const axios = require('axios');
const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth');

async function startFaceLogin(req, res, next) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(req.user.enrollment);
  const { data } = await axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
    { customerInternalReference: req.user.id, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: req.user.id },
    { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  // TODO(netverify-migrate): initiate-authentication: the legacy initiate response leaves here whole: code that reads redirectUrl / transactionReference from it (callers, the front end, stored copies and string key paths) must read web.href / workflowExecution.id
  res.locals.faceLogin = data;
  next();
}

function answer(req, res) {
  res.status(201).json({ url: res.locals.faceLogin.web.href, reference: res.locals.faceLogin.workflowExecution.id });
}

module.exports = { startFaceLogin, answer };
