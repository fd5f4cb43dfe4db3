const axios = require('axios');
const { kyxAccessToken } = require('./kyx-auth');

async function createIdCheck(userId, region, country, docType) {
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.js); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const { data } = await axios.post('https://account.amer-1.jumio.ai/api/v1/accounts', {
    customerInternalReference: userId,
    workflowDefinition: { key: 3, ...(region === 'eu' ? { credentials: [{ category: 'ID', country: { values: ['DEU'] }, type: { values: ['ID_CARD'] } }] } : { credentials: [{ category: 'ID', country: { values: ['USA'] }, type: { values: ['DRIVING_LICENSE'] } }] }), ...(country && docType ? { credentials: [{ category: 'ID', country: { values: [country] }, type: { values: [docType] } }] } : {}) },
  }, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  });
  return data.web.href;
}
module.exports = { createIdCheck };
