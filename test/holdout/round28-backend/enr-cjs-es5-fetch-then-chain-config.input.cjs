// Identity onboarding of the Irish branch (CommonJS, the global fetch, promise chains as the rest of this codebase).
// The credentials and the public URL come from the settings module.
var config = require('./config.cjs');
var db = require('./db.cjs');

var V4_INITIATE = 'https://lon.netverify.com/api/v4/initiate';

function createIdentityCheck(applicant) {
  var authorization = 'Basic ' + Buffer.from(config.jumio.apiToken + ':' + config.jumio.apiSecret).toString('base64');
  return fetch(V4_INITIATE, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'User-Agent': config.jumio.userAgent,
      Authorization: authorization,
    },
    body: JSON.stringify({
      customerInternalReference: 'applicant-' + applicant.id,
      userReference: applicant.id,
      workflowId: 201,
      presets: [{ index: 1, country: 'IRL', type: 'PASSPORT' }],
      callbackUrl: config.publicUrl + '/hooks/identity-result',
      successUrl: config.publicUrl + '/identity/submitted',
      errorUrl: config.publicUrl + '/identity/problem',
      tokenLifetimeInMinutes: 2880,
    }),
  })
    .then(function (res) {
      if (!res.ok) {
        throw new Error('identity check could not start: ' + res.status);
      }
      return res.json();
    })
    .then(function (json) {
      return db.saveKycCase(applicant.id, json.transactionReference).then(function () {
        return json.redirectUrl;
      });
    });
}

module.exports = { createIdentityCheck: createIdentityCheck };
