// Colons aligned by padding: alignment, not a habit of writing ` : ` — new keys are written `key: value`.
const axios = require('axios');
const { kyxAccessToken } = require('./kyx-auth');

async function onboard(applicant) {
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.js); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const { data } = await axios.post('https://account.amer-1.jumio.ai/api/v1/accounts', {
    customerInternalReference : applicant.no,
    userReference             : applicant.no,
    workflowDefinition: { key: 3 },
    web: { successUrl: 'https://join.example/id/done' },
    tokenLifetime: '1h'
  }, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  return data.web.href;
}

module.exports = { onboard };
