// A request callback wrapped in `return new Promise(…)`: the lookup and the token are awaited above the promise
// (an async executor that throws would never settle it); the executor keeps resolve/reject as they were.
const request = require('request');
const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth');

async function initiate(enrollmentRef, userRef) {
  const kyxAccount = await resolveKyxAccount(enrollmentRef);
  const kyxToken = await kyxAccessToken('emea-1');
  return new Promise((resolve, reject) => {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    request.put({
      url: `https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
      json: { customerInternalReference: userRef, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userRef },
      headers: { Authorization: `Bearer ${kyxToken}` },
    }, (err, response, body) => {
      if (err) return reject(err);
      resolve(body.web.href);
    });
  });
}

// The reference is only known inside the executor: nothing can be hoisted, so this one is flagged as before.
function initiateLate(load) {
  return new Promise(async (resolve, reject) => {
    const ref = load();
    // TODO(netverify-migrate): initiate-authentication: the enclosing function was made async (it awaits the KYX account lookup and token): a failure there rejects its promise and never reaches the request callback: wrap the new awaits in try/catch and hand the error to it (an unhandled rejection stops Node; Express 4 does not catch async handlers)
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount2 = await resolveKyxAccount(ref);
    request.put({
      url: `https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount2.accountId}`,
      json: { customerInternalReference: ref, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount2.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } },
      headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
    }, (err, response, body) => (err ? reject(err) : resolve(body.workflowExecution.id)));
  });
}

module.exports = { initiate, initiateLate };
