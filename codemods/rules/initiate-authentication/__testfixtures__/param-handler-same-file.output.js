const axios = require('axios');
const { audit } = require('./audit');
const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth');

// Handlers of this file, each given the response at one place only: their reads move.
function showStarted(started) {
  console.log('open', started.web.href);
  return started.workflowExecution.id;
}

const remember = async (res, { workflowExecution: { id: ref } }) => {
  await res.locals.db.save({ ref });
};

// Used twice (also with a stored record): its reads are not the response's alone.
function logRef(r) {
  console.log(r.transactionReference);
}

// TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
exports.start = async (req, res) => {
  const kyxAccount = await resolveKyxAccount(req.user.ref);
  return axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, { customerInternalReference: req.user.ref, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } })
    .then((response) => response.data)
    .then(showStarted)
    .then((ref) => res.json({ ref }));
};

exports.startAgain = async (req, res) => {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount2 = await resolveKyxAccount(req.user.ref);
  const { data } = await axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount2.accountId}`, { customerInternalReference: req.user.ref, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount2.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  await remember(res, data);
  // TODO(netverify-migrate): initiate-authentication: the legacy initiate response leaves here whole: code that reads redirectUrl / transactionReference from it (callers, the front end, stored copies and string key paths) must read web.href / workflowExecution.id
  logRef(data);
  // TODO(netverify-migrate): initiate-authentication: the legacy initiate response leaves here whole: code that reads redirectUrl / transactionReference from it (callers, the front end, stored copies and string key paths) must read web.href / workflowExecution.id
  audit(data);
  res.redirect(data.web.href);
};

exports.replay = (record) => logRef(record);
