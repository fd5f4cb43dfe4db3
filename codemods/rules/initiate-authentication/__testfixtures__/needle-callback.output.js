const needle = require('needle');
const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth');

// needle's callback gets (err, response, body), the body parsed as JSON.
async function startFaceLogin(user, done) {
  // TODO(netverify-migrate): initiate-authentication: the enclosing function was made async (it awaits the KYX account lookup and token): a failure there rejects its promise and never reaches the request callback: wrap the new awaits in try/catch and hand the error to it (an unhandled rejection stops Node; Express 4 does not catch async handlers)
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(user.jumioEnrollment);
  needle.put(
    `https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
    { customerInternalReference: user.id, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: user.id },
    { json: true, headers: { 'User-Agent': 'Acme Login/3.0', Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } },
    (err, resp, body) => {
      if (err || resp.statusCode !== 200) return done(err || new Error('jumio ' + resp.statusCode));
      done(null, { url: body.web.href, ref: body.workflowExecution.id });
    },
  );
}

module.exports = { startFaceLogin };
