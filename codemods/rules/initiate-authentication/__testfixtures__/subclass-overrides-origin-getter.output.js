// The EU client only overrides where the call goes: `this.origin` is the base's or the subclass's.
const axios = require('axios');
const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth');

class FaceLogin {
  get origin() {
    return 'https://netverify.com';
  }

  async start(enrollmentReference, userId) {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount = await resolveKyxAccount(enrollmentReference);
    const kyxOrigin = { 'https://netverify.com': 'https://account.amer-1.jumio.ai', 'https://lon.netverify.com': 'https://account.emea-1.jumio.ai' }[new URL(`${this.origin}/api/authentication/v1/web/initiate`).origin];
    const { data } = await axios.put(`${kyxOrigin}/api/v1/accounts/${kyxAccount.accountId}`, {
      customerInternalReference: userId,
      workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
      userReference: userId,
    }, { headers: { Authorization: `Bearer ${await kyxAccessToken(kyxOrigin)}` } });
    return data.web.href;
  }
}

class EuFaceLogin extends FaceLogin {
  get origin() {
    return 'https://lon.netverify.com';
  }
}

module.exports = { faceLoginFor: (tenant) => (tenant.eu ? new EuFaceLogin() : new FaceLogin()) };
