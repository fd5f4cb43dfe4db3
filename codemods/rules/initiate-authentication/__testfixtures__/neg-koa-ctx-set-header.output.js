// Koa's ctx.set() sets a response header and ctx.get() reads a request header: no context variable. The answer
// leaves into the header (item); the read of the request header is not followed.
const axios = require('axios');
const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth');

async function startFaceLogin(ctx, next) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(ctx.params.enrollment);
  const { data } = await axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
    { customerInternalReference: ctx.params.enrollment, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } },
    { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  // TODO(netverify-migrate): initiate-authentication: the legacy initiate response leaves here whole: code that reads redirectUrl / transactionReference from it (callers, the front end, stored copies and string key paths) must read web.href / workflowExecution.id
  ctx.set('started', data);
  await next();
}

function answer(ctx) {
  ctx.body = { url: ctx.get('started').redirectUrl };
}

module.exports = { startFaceLogin, answer };
