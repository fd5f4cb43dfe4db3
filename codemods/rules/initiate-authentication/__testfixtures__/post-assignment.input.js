const axios = require('axios');

class JumioClient {
  constructor({ baseUrl, userAgent, auth }) {
    this.http = axios.create({ baseURL: 'https://netverify.com/api/', auth, headers: { 'User-Agent': userAgent } });
  }

  getAuthenticationLink(options) {
    const payload = {
      enrollmentTransactionReference: options.enrollmentTransactionReference,
      userReference: options.userReference,
    };
    options.successUrl ? payload.successUrl = options.successUrl : null;
    options.errorUrl ? payload.errorUrl = options.errorUrl : null;
    if (options.tokenLifetimeInMinutes) payload.tokenLifetimeInMinutes = options.tokenLifetimeInMinutes;
    return this.http.post('v4/initiate', payload).then((res) => ({ url: res.data.redirectUrl, ref: res.data.transactionReference }));
  }
}

module.exports = { JumioClient };
