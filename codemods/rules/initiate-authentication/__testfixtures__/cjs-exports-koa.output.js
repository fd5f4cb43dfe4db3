const request = require('request');
const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth');
// CommonJS module that exports its own URL constant; an Express handler and a Koa handler.
exports.URL = 'https://netverify.com/api/authentication/v1/web/initiate';

module.exports.handler = async (req, res) => {
  // TODO(netverify-migrate): initiate-authentication: the enclosing function was made async (it awaits the KYX account lookup and token): a failure there rejects its promise and never reaches the request callback: wrap the new awaits in try/catch and hand the error to it (an unhandled rejection stops Node; Express 4 does not catch async handlers)
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(req.body.ref);
  request.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, { json: { customerInternalReference: req.body.ref, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }, headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } }, (err, response, body) => {
    if (err) return res.status(500).end();
    res.json({ url: body.web.href });
  });
};

async function koa(ctx) {
  const axios = require('axios');
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount2 = await resolveKyxAccount(ctx.params.ref);
  const res = await axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount2.accountId}`, { customerInternalReference: ctx.params.ref, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount2.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  // TODO(netverify-migrate): initiate-authentication: the legacy initiate response leaves here whole: code that reads redirectUrl / transactionReference from it (callers, the front end, stored copies and string key paths) must read web.href / workflowExecution.id
  ctx.body = res.data;
}
module.exports.koa = koa;
