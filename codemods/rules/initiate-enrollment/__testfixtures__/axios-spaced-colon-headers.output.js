// Keys written with a space before the colon ('Authorization' : …): the rewritten header keeps the spacing.
const axios = require('axios');
const { kyxAccessToken } = require('./kyx-auth');

module.exports = async function startVerification(req, res) {
  const payload = {
    customerInternalReference : 'web-' + req.user.id,
    userReference : req.user.id,
    workflowDefinition : { key : 3 },
  };
  const headers = {
    'Content-Type' : 'application/json',
    'Accept' : 'application/json',
    'Authorization' : `Bearer ${await kyxAccessToken('amer-1')}`,
    'User-Agent' : 'Acme Web/1.0',
  };
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.js); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const result = await axios({ url : 'https://account.amer-1.jumio.ai/api/v1/accounts', method : 'POST', data : payload, headers : headers });
  res.json({ url : result.data.web.href });
};
