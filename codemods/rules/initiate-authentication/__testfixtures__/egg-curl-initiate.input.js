'use strict';

const Service = require('egg').Service;

const NETVERIFY_HOST = 'https://lon.netverify.com';

class FaceLoginService extends Service {
  async start(user) {
    const { ctx, config } = this;
    const result = await ctx.curl(`${NETVERIFY_HOST}/api/authentication/v1/web/initiate`, {
      method: 'POST',
      contentType: 'json',
      dataType: 'json',
      timeout: 10000,
      auth: `${config.netverify.apiToken}:${config.netverify.apiSecret}`,
      headers: { 'User-Agent': 'ShopCN face-login/1.4' },
      data: {
        enrollmentTransactionReference: user.jumioEnrollmentRef,
        userReference: user.id,
        successUrl: `${config.siteUrl}/face-login/done`,
        errorUrl: `${config.siteUrl}/face-login/failed`,
      },
    });
    if (result.status !== 200) {
      ctx.throw(502, `netverify initiate failed: ${result.status}`);
    }
    return { redirect: result.data.redirectUrl, reference: result.data.transactionReference };
  }
}

module.exports = FaceLoginService;
