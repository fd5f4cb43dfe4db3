// The initiate answer given to a model's constructor that keeps it whole (`this.#raw = raw`) and reads it in getters
// at any later time: not followed, it leaves whole at `new FaceLoginTicket(answer)` (an item). It passed silently.
const axios = require('axios');
const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth');

class FaceLoginTicket {
  #raw;

  constructor(raw) {
    this.#raw = raw;
  }

  get url() {
    return this.#raw.redirectUrl;
  }
}

async function startTicket(client) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(client.enrollment);
  const { data: answer } = await axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    customerInternalReference: client.id,
    workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
    userReference: client.id,
  }, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  // TODO(netverify-migrate): initiate-authentication: the legacy initiate response leaves here whole: code that reads redirectUrl / transactionReference from it (callers, the front end, stored copies and string key paths) must read web.href / workflowExecution.id
  return new FaceLoginTicket(answer);
}

module.exports = { startTicket };
