// Strapi 5 service: starts a Jumio face check and records it with the Document Service API (EU).
'use strict';

const axios = require('axios');
const { factories } = require('@strapi/strapi');

module.exports = factories.createCoreService('api::face-check.face-check', ({ strapi }) => ({
  async start(userDocumentId, locale) {
    const user = await strapi.documents('plugin::users-permissions.user').findOne({ documentId: userDocumentId });
    const { data } = await axios.post(
      'https://lon.netverify.com/api/authentication/v1/web/initiate',
      {
        enrollmentTransactionReference: user.jumioEnrollment,
        userReference: user.documentId,
        locale,
        tokenLifetimeInMinutes: 60 * 24,
      },
      {
        auth: { username: strapi.config.get('plugin.jumio.token'), password: strapi.config.get('plugin.jumio.secret') },
      },
    );
    await strapi.documents('api::face-check.face-check').create({
      data: { user: user.documentId, reference: data.transactionReference },
    });
    return data.redirectUrl;
  },
}));
