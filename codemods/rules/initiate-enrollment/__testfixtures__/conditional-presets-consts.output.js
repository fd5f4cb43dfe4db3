const axios = require('axios');
const { kyxAccessToken } = require('./kyx-auth');

const US_PRESETS = [{ index: 1, country: 'USA', type: 'DRIVING_LICENSE' }];

async function createIdCheck(userId, isEu, quick) {
  const body = {
    customerInternalReference: userId,
    workflowDefinition: { key: 3, credentials: isEu ? [{ category: 'ID', country: { values: ['DEU'] }, type: { values: ['ID_CARD'] } }] : [{ category: 'ID', country: { values: ['USA'] }, type: { values: ['DRIVING_LICENSE'] } }] },
    tokenLifetime: quick ? '15m' : '1d',
  };
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.js); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const { data } = await axios.post('https://account.amer-1.jumio.ai/api/v1/accounts', body, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  });
  return data.web.href;
}

// The document list comes from the caller in one branch: that branch cannot be read, so the presets stay an item.
async function createGuidedCheck(userId, guided, documents, minutes) {
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.js); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  // TODO(netverify-migrate): initiate-enrollment: presets built at run time: map them to workflowDefinition.credentials [{ category: "ID", country: { values: [c] }, type: { values: [t] } }] by hand
  const { data } = await axios.post('https://account.amer-1.jumio.ai/api/v1/accounts', {
    customerInternalReference: userId,
    workflowDefinition: { key: 3 },
    tokenLifetime: `${guided ? minutes : 30}m`,
  }, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  });
  return data.web.href;
}
module.exports = { createIdCheck, createGuidedCheck };
