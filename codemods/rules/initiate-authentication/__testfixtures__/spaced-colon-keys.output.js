// A code base that writes `key : value`: the keys the migration adds or renames are spaced the same way.
var request = require('request');
const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth');

async function startAuthentication(user, enrollment, done) {
  // TODO(netverify-migrate): initiate-authentication: the enclosing function was made async (it awaits the KYX account lookup and token): a failure there rejects its promise and never reaches the request callback: wrap the new awaits in try/catch and hand the error to it (an unhandled rejection stops Node; Express 4 does not catch async handlers)
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollment);
  request({
    method : 'PUT',
    url : `https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
    headers : { 'Accept' : 'application/json', 'User-Agent' : 'Acme Bank/2.3', 'Authorization' : `Bearer ${await kyxAccessToken('emea-1')}` },
    json : {
      customerInternalReference : user.id,
      workflowDefinition : { key : 9, credentials : [{ id : kyxAccount.credentialId, category : 'ID' }, { category : 'FACEMAP' }] },
      userReference : user.id,
      web : {
        successUrl : 'https://bank.example.com/auth/done',
        errorUrl : 'https://bank.example.com/auth/failed'
      },
      tokenLifetime : '1h'
    }
  }, function (err, res, body) {
    if (err) return done(err);
    done(null, body.web.href);
  });
}

module.exports = startAuthentication;
