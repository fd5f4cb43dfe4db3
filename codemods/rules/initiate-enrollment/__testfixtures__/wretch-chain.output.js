const wretch = require('wretch');
const { kyxAccessToken } = require('./kyx-auth');

// A whole wretch chain per call: the URL at its root, the Basic header in .auth(…), the body in .post(…).

async function startVerification(customer) {
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.js); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const res = await wretch('https://account.apac-1.jumio.ai/api/v1/accounts')
    .auth(`Bearer ${await kyxAccessToken('apac-1')}`)
    .content('application/json')
    .post({ customerInternalReference: customer.id, workflowDefinition: { key: 2 }, web: { locale: 'en-SG' } })
    .json();
  return res.web.href;
}

module.exports = { startVerification };
