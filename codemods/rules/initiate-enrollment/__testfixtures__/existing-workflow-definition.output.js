// Half-migrated code still posts to the v4 initiate but already names a workflowDefinition (with the v4 workflow
// number as its key). The migration must not add a second workflowDefinition after it (the later key wins in
// JavaScript, silently replacing the author's): it keeps the written one, drops the v4 workflowId beside it, and
// asks for the key to be checked.
const axios = require('axios');
const { kyxAccessToken } = require('./kyx-auth');

async function startCheck(member) {
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.js); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  // TODO(netverify-migrate): initiate-enrollment: the body already has a workflowDefinition, kept as written: check that its key is a KYX workflow key (v4 workflowId 100–102 → 2, 200–202 → 3) and that it holds only KYX fields
  const { data } = await axios.post('https://account.amer-1.jumio.ai/api/v1/accounts', {
    customerInternalReference: member.id,
    userReference: member.id,
    workflowDefinition: {
      key: 200,
    },
  }, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}`, 'User-Agent': 'Gym/1.2' } });
  return data.web.href;
}

module.exports = { startCheck };
