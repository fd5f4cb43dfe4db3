'use strict';

const Service = require('egg').Service;

const JUMIO_AUTH_INITIATE = 'https://netverify.com/api/authentication/v1/web/initiate';

class FaceAuthService extends Service {
  async start(member) {
    const { app, ctx } = this;
    const result = await ctx.curl(JUMIO_AUTH_INITIATE, {
      method: 'POST',
      contentType: 'json',
      dataType: 'json',
      timeout: 10000,
      auth: `${app.config.jumio.apiToken}:${app.config.jumio.apiSecret}`,
      headers: { 'User-Agent': 'Qiantang Member/4.1' },
      data: {
        enrollmentTransactionReference: member.jumioEnrollment,
        userReference: member.uid,
        locale: 'zh-CN',
        tokenLifetimeInMinutes: 30,
      },
    });
    if (result.status !== 200) {
      ctx.logger.warn('[face-auth] initiate failed %s', result.status);
      throw new Error('face authentication unavailable');
    }
    await app.redis.set(`face:${member.uid}`, result.data.transactionReference, 'EX', 1800);
    return result.data.redirectUrl;
  }
}

module.exports = FaceAuthService;
