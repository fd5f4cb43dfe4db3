// CoffeeScript's output style: every name hoisted into one `var` list, the client assigned by a later statement.
const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth');

(function() {
  var axios, startFaceLogin;

  axios = require('axios');

  startFaceLogin = async function(enrollment, userId) {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount = await resolveKyxAccount(enrollment);
    return axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
      customerInternalReference: userId,
      workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
      userReference: userId
    }, {
      headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` }
    }).then(function(res) {
      return res.data.web.href;
    });
  };

  module.exports = {
    startFaceLogin: startFaceLogin
  };

}).call(this);
