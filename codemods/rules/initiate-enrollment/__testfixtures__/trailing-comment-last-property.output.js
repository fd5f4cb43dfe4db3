// The last property of the body and of the headers carries a comment on its line; properties the migration adds
// go below that line, so each comment stays beside the property it explains.
const request = require('request');
const { kyxAccessToken } = require('./kyx-auth');

async function startScan(userReference, scanReference, onDone) {
  const headers = {
    'Content-Type': 'application/json',
    'User-Agent': 'Attestation/1.0', // required by Jumio
    Authorization: `Bearer ${await kyxAccessToken('emea-1')}`,
  };
  const json = {
    customerInternalReference: scanReference,
    userReference: userReference,
    tokenLifetime: '3d',  // 3 days
    workflowDefinition: { key: 3 }
  };
  // TODO(netverify-migrate): initiate-enrollment: the enclosing function was made async (it awaits the KYX token): a failure there rejects its promise and never reaches the request callback: wrap the new awaits in try/catch and hand the error to it (an unhandled rejection stops Node; Express 4 does not catch async handlers)
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.js); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  request({
    url: 'https://account.emea-1.jumio.ai/api/v1/accounts',
    headers: headers,
    method: 'POST',
    json: json,
  }, function (error, response, body) {
    if (error || response.statusCode !== 200) return onDone(error || new Error('initiate failed'));
    onDone(null, body.web.href, body.workflowExecution.id);
  });
}

module.exports = { startScan };
