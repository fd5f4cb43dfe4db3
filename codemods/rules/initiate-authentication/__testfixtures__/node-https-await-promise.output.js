// https.request awaited inside an async function (const text = await new Promise(…)): the lookup and token go above
// the awaited promise. A response stream handed to a function of the file that only this call uses is followed into
// it; one read with 'readable' / res.read() is flagged, nothing rewritten.
const https = require('https');
const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth');

function handleResponse(res, cb) {
  let data = '';
  res.on('data', function (chunk) { data += chunk; });
  res.on('end', function () { cb(JSON.parse(data).web.href); });
}

async function start(enrollmentRef) {
  const kyxAccount = await resolveKyxAccount(enrollmentRef);
  const kyxToken = await kyxAccessToken('amer-1');
  const postData = JSON.stringify({ customerInternalReference: enrollmentRef, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, web: { successUrl: 'https://a.example/ok' } });
  const text = await new Promise((resolve, reject) => {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const req = https.request({
      host: 'account.amer-1.jumio.ai',
      path: `/api/v1/accounts/${kyxAccount.accountId}`,
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${kyxToken}` },
    }, (res) => {
      let data = '';
      res.on('data', (d) => { data = data + d; });
      res.on('end', () => resolve(data));
    });
    req.on('error', reject);
    req.write(postData);
    req.end();
  });
  const json = JSON.parse(text);
  return { url: json.web.href, id: json.workflowExecution.id };
}

async function named(enrollmentRef, cb) {
  // TODO(netverify-migrate): initiate-authentication: the enclosing function was made async (it awaits the KYX account lookup and token): a failure there rejects its promise and never reaches the request callback: wrap the new awaits in try/catch and hand the error to it (an unhandled rejection stops Node; Express 4 does not catch async handlers)
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount2 = await resolveKyxAccount(enrollmentRef);
  const req = https.request({ hostname: 'account.amer-1.jumio.ai', path: `/api/v1/accounts/${kyxAccount2.accountId}`, method: 'PUT', headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } }, (res) => handleResponse(res, cb));
  req.end(JSON.stringify({ customerInternalReference: enrollmentRef, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount2.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }));
}

function readable(enrollmentRef, cb) {
  // TODO(netverify-migrate): initiate-authentication: legacy Jumio authentication initiate not migrated automatically: a Node https.request call the codemod cannot follow whole (the response stream is handed on)
  const req = https.request({ hostname: 'netverify.com', path: '/api/authentication/v1/web/initiate', method: 'POST', headers: { Authorization: 'Basic ' + process.env.JUMIO_AUTH } }, (res) => {
    let out = '';
    res.on('readable', () => { let c; while ((c = res.read()) !== null) out += c; });
    res.on('end', () => cb(JSON.parse(out).redirectUrl));
  });
  req.end(JSON.stringify({ enrollmentTransactionReference: enrollmentRef }));
}
module.exports = { start, named, readable };
