'use strict';

const Service = require('egg').Service;
const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth');

class FaceLoginService extends Service {
  async start(user) {
    const { ctx, config } = this;
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount = await resolveKyxAccount(user.jumioEnrollmentRef);
    const result = await ctx.curl(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
      method: 'PUT',
      contentType: 'json',
      dataType: 'json',
      timeout: 10000,
      headers: { 'User-Agent': 'ShopCN face-login/1.4', Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
      data: {
        customerInternalReference: user.id,
        workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
        userReference: user.id,
        web: {
          successUrl: `${config.siteUrl}/face-login/done`,
          errorUrl: `${config.siteUrl}/face-login/failed`,
        },
      },
    });
    if (result.status !== 200) {
      ctx.throw(502, `netverify initiate failed: ${result.status}`);
    }
    return { redirect: result.data.web.href, reference: result.data.workflowExecution.id };
  }
}

module.exports = FaceLoginService;
