// The array of answers a batch settles with is returned whole from an exported function: its elements leave here
// (item), nothing after it is followed.
const axios = require('axios');
const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth');

exports.startAll = function startAll(enrollments) {
  // TODO(netverify-migrate): initiate-authentication: the enclosing function was made async (it awaits the KYX account lookup and token): a failure there rejects its promise and never reaches the code that calls this handler: wrap the new awaits in try/catch and hand the error to it (an unhandled rejection stops Node; Express 4 does not catch async handlers)
  // TODO(netverify-migrate): initiate-authentication: the legacy initiate response leaves here whole: code that reads redirectUrl / transactionReference from it (callers, the front end, stored copies and string key paths) must read web.href / workflowExecution.id
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  return Promise.all(enrollments.map(async (enrollment) => {
    const kyxAccount = await resolveKyxAccount(enrollment);
    return axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
    { customerInternalReference: enrollment, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } },
    { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  }));
};
