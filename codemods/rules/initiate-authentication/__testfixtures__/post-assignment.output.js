const axios = require('axios');
const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth');

class JumioClient {
  constructor({ baseUrl, userAgent, auth }) {
    // TODO(netverify-migrate): initiate-authentication: this axios instance still carries the legacy Basic credentials (migrated calls pass auth: null, because axios sends an instance's auth instead of any Authorization header); remove them once none of its calls goes to a legacy Jumio host
    this.http = axios.create({ baseURL: 'https://netverify.com/api/', auth, headers: { 'User-Agent': userAgent } });
  }

  async getAuthenticationLink(options) {
    const kyxAccount = await resolveKyxAccount(options.enrollmentTransactionReference);
    const payload = {
      customerInternalReference: options.userReference,
      workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
      userReference: options.userReference,
      web: {},
    };
    options.successUrl ? payload.web.successUrl = options.successUrl : null;
    options.errorUrl ? payload.web.errorUrl = options.errorUrl : null;
    if (options.tokenLifetimeInMinutes) payload.tokenLifetime = `${options.tokenLifetimeInMinutes}m`;
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    return this.http.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, payload, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` }, auth: null }).then((res) => ({ url: res.data.web.href, ref: res.data.workflowExecution.id }));
  }
}

module.exports = { JumioClient };
