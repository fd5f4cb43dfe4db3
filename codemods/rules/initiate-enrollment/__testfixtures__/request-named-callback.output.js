const request = require('request');
const { kyxAccessToken } = require('./kyx-auth');

// The response goes to a named callback of this file, used only here: its reads are followed (param-handlers.ts).
function handleJumio(err, response, body) {
  if (err) return console.error(err);
  console.log(body.web.href);
}

async function enrol(user) {
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.js); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  request.post({
    url: 'https://account.apac-1.jumio.ai/api/v1/accounts',
    json: true,
    body: { customerInternalReference: user.ref, userReference: user.id, workflowDefinition: { key: 2 } },
    headers: { Authorization: `Bearer ${await kyxAccessToken('apac-1')}` },
  }, handleJumio);
}

module.exports = { enrol };
