// JavaScript static class fields (no readonly in JS) read through the class name: the initialiser, and every value the
// file assigns to the field, are the values the URL can take.
const axios = require('axios');
const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth');

class Netverify {
  static HOST = 'https://netverify.com';
  static INITIATE = '/api/auth/v1/initiate';

  static async authenticate(enrollmentReference, userReference) {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount = await resolveKyxAccount(enrollmentReference);
    const res = await axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, { customerInternalReference: userReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference }, {
      headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
    });
    return { redirect: res.data.web.href, txn: res.data.workflowExecution.id };
  }
}

// A field the file sets from configuration: its value is unknown, the call is not migrated.
class Configured {
  static HOST = 'https://lon.netverify.com';

  static configure(host) {
    this.HOST = host;
  }

  static async authenticate(enrollmentReference) {
    // TODO(netverify-migrate): initiate-authentication: legacy Jumio authentication initiate not migrated automatically: its URL is lon.netverify.com/api/authentication/v1/web/initiate by default but can come from a setting (an environment variable or config value) the codemod cannot read: migrate this call by hand to the KYX account API (PUT https://account.<region>.jumio.ai/api/v1/accounts/{accountId}, workflow 9) with an OAuth2 bearer token, and point the setting at the KYX host (see MIGRATION.md)
    const res = await axios.post(`${Configured.HOST}/api/authentication/v1/web/initiate`, { enrollmentTransactionReference: enrollmentReference }, {
      auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET },
    });
    return res.data.redirectUrl;
  }
}

module.exports = { Netverify, Configured };
