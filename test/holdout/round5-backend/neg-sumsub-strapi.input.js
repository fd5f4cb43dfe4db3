'use strict';
const crypto = require('crypto');
const axios = require('axios');

const SUMSUB = 'https://api.sumsub.com';

function sign(ts, method, path, body = '') {
  return crypto.createHmac('sha256', process.env.SUMSUB_SECRET).update(ts + method + path + body).digest('hex');
}

module.exports = ({ strapi }) => ({
  async initiate(member) {
    const path = `/resources/sdkIntegrations/levels/basic-kyc-level/websdkLink?externalUserId=${member.id}&ttlInSecs=1800`;
    const ts = Math.floor(Date.now() / 1000).toString();
    const { data } = await axios.post(SUMSUB + path, null, {
      headers: { 'X-App-Token': process.env.SUMSUB_APP_TOKEN, 'X-App-Access-Ts': ts, 'X-App-Access-Sig': sign(ts, 'POST', path) },
    });
    await strapi.entityService.update('api::member.member', member.id, { data: { kycLink: data.url, userReference: String(member.id) } });
    return { redirectUrl: data.url };
  },
  async webhook(ctx) {
    const { applicantId, reviewResult, type } = ctx.request.body;
    if (type === 'applicantReviewed') strapi.log.info(`sumsub ${applicantId}: ${reviewResult.reviewAnswer}`);
    ctx.status = 200;
  },
});
