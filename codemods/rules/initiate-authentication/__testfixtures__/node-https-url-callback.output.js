// The URL-string form of https.request (from node:https), the body sent with .end(), the chunks collected in an
// array and joined with Buffer.concat, the result handed to a Node-style callback.
const https = require('node:https');
const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth');

async function authenticate(user, done) {
  const kyxAccount = await resolveKyxAccount(user.scanReference);
  const payload = JSON.stringify({
    customerInternalReference: user.id,
    workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
    userReference: user.id,
    callbackUrl: 'https://api.example.com/jumio/callback',
  });
  // TODO(netverify-migrate): initiate-authentication: the enclosing function was made async (it awaits the KYX account lookup and token): a failure there rejects its promise and never reaches the request callback: wrap the new awaits in try/catch and hand the error to it (an unhandled rejection stops Node; Express 4 does not catch async handlers)
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  https
    .request(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
      method: 'PUT',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${await kyxAccessToken('amer-1')}`,
        'User-Agent': 'Example KYC/2.1',
      },
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const result = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        done(null, { redirect: result.web.href, reference: result.workflowExecution.id });
      });
    })
    .on('error', done)
    .end(payload);
}

module.exports = { authenticate };
