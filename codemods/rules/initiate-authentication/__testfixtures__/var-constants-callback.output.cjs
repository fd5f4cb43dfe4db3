var fetch = require('node-fetch');
const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth.cjs');

let userAgent = 'Veldt Portal/1.0';

async function initiateFaceAuth(member, callback) {
  // TODO(netverify-migrate): initiate-authentication: the enclosing function was made async (it awaits the KYX account lookup and token): a failure there rejects its promise and never reaches the .catch() handler: wrap the new awaits in try/catch and hand the error to it (an unhandled rejection stops Node; Express 4 does not catch async handlers)
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.cjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(member.scanRef);
  fetch(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}`, 'Content-Type': 'application/json', 'User-Agent': userAgent },
    body: JSON.stringify({ customerInternalReference: member.id, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: member.id }),
  })
    .then(function (res) {
      return res.json();
    })
    .then(function (json) {
      callback(null, json.web.href, json.workflowExecution.id);
    })
    .catch(callback);
}

module.exports = { initiateFaceAuth };
