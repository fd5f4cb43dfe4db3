'use strict';

/**
 * face-auth service (Strapi v4, src/api/face-auth/services/face-auth.js)
 */
const axios = require('axios');

const JUMIO_AUTHENTICATION_URL = 'https://netverify.com/api/authentication/v1/web/initiate';

module.exports = ({ strapi }) => ({
  async initiate(member) {
    const cfg = strapi.config.get('plugin.jumio');
    const { data } = await axios({
      url: JUMIO_AUTHENTICATION_URL,
      method: 'POST',
      auth: { username: cfg.apiToken, password: cfg.apiSecret },
      headers: { 'User-Agent': 'Harbour Club/1.0 (strapi)' },
      data: {
        enrollmentTransactionReference: member.jumioScanReference,
        userReference: String(member.id),
        successUrl: `${cfg.siteUrl}/face/success`,
        errorUrl: `${cfg.siteUrl}/face/error`,
      },
    });

    await strapi.entityService.update('api::member.member', member.id, {
      data: { lastFaceAuthRef: data.transactionReference },
    });

    return data.redirectUrl;
  },
});
