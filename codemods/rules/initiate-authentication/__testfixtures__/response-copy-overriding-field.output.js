// A spread copy that sets a field of the answer itself holds another value there: not followed (the answer leaves
// here, item), its reads stay as written.
const axios = require('axios');
const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth');

exports.start = async function start(enrollment) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollment);
  const { data } = await axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
    { customerInternalReference: enrollment, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } },
    { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  // TODO(netverify-migrate): initiate-authentication: the legacy initiate response leaves here whole: code that reads redirectUrl / transactionReference from it (callers, the front end, stored copies and string key paths) must read web.href / workflowExecution.id
  const shown = { ...data, redirectUrl: '/verify/wait' };
  return shown.redirectUrl;
};
