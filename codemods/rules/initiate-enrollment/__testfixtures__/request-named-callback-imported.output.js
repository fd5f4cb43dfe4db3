const request = require('request');
const { handleJumio } = require('./jumio-handlers');
const { kyxAccessToken } = require('./kyx-auth');

// The response goes to a named callback of another module: its reads are not followed, so the call site is flagged.
async function enrol(user) {
  // TODO(netverify-migrate): initiate-enrollment: the legacy initiate response leaves here whole: code that reads redirectUrl / transactionReference from it (callers, the front end, stored copies and string key paths) must read web.href / workflowExecution.id
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.js); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  request.post({
    url: 'https://account.apac-1.jumio.ai/api/v1/accounts',
    json: true,
    body: { customerInternalReference: user.ref, userReference: user.id, workflowDefinition: { key: 2 } },
    headers: { Authorization: `Bearer ${await kyxAccessToken('apac-1')}` },
  }, handleJumio);
}

module.exports = { enrol };
