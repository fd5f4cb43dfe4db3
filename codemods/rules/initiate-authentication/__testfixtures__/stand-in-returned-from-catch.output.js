// The function answers with the vendor's response, or from its catch with an object of the legacy shape: the
// callers' moved reads throw on that object, which gets the stand-in item.
const axios = require('axios');
const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth');

async function startFaceLogin(enrollment) {
  try {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount = await resolveKyxAccount(enrollment);
    const { data } = await axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
      { customerInternalReference: enrollment, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } },
      { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
    return data;
  } catch (err) {
    // TODO(netverify-migrate): initiate-authentication: this stand-in for the response has no web.href / workflowExecution.id: the reads moved to the KYX shape throw on it — give it that shape or read with optional chaining
    return { redirectUrl: '/verify/later', transactionReference: null };
  }
}

exports.link = async (enrollment) => (await startFaceLogin(enrollment)).web.href;
