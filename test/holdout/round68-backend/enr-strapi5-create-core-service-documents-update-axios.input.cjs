// Quillmark (Strapi 5, a marketplace for US freelance translators): before a translator's first payout, finance asks
// for an ID verification. This payout service starts a Netverify ID + identity verification (v4 initiate, US data
// centre, US driving licences only) for the translator, keeps the link and the scan reference on the payout with the
// Document Service API, and hands the link to the controller, which e-mails it. The ID-verification callback lands on
// /api/payouts/netverify-idv (the payout controller's `idvCallback`).
'use strict';

const axios = require('axios');
const { factories } = require('@strapi/strapi');

const NETVERIFY_V4_INITIATE = 'https://netverify.com/api/v4/initiate';
const QUILLMARK_API = 'https://api.quillmark.example';
const TRANSLATOR_PORTAL = 'https://translators.quillmark.example';

module.exports = factories.createCoreService('api::payout.payout', ({ strapi }) => ({
  async requestIdentityCheck(payoutDocumentId) {
    const payout = await strapi.documents('api::payout.payout').findOne({
      documentId: payoutDocumentId,
      populate: ['translator'],
    });
    if (!payout || !payout.translator) {
      throw new Error(`payout ${payoutDocumentId} has no translator`);
    }
    const translator = payout.translator;

    const { data } = await axios.post(
      NETVERIFY_V4_INITIATE,
      {
        customerInternalReference: `payout-${payout.documentId}`,
        userReference: translator.documentId,
        workflowId: 200,
        presets: [{ index: 1, country: 'USA', type: 'DRIVING_LICENSE' }],
        callbackUrl: `${QUILLMARK_API}/api/payouts/netverify-idv`,
        successUrl: `${TRANSLATOR_PORTAL}/payouts/${payout.documentId}/identity/thanks`,
        errorUrl: `${TRANSLATOR_PORTAL}/payouts/${payout.documentId}/identity/retry`,
        locale: 'en',
        tokenLifetimeInMinutes: 10080,
      },
      {
        auth: {
          username: strapi.config.get('plugin::netverify.apiToken'),
          password: strapi.config.get('plugin::netverify.apiSecret'),
        },
        headers: { Accept: 'application/json', 'User-Agent': 'Quillmark-Payouts/5.0' },
      },
    );

    await strapi.documents('api::payout.payout').update({
      documentId: payout.documentId,
      data: {
        identityCheckUrl: data.redirectUrl,
        identityScanReference: data.transactionReference,
        identityCheckStartedAt: data.timestamp,
        status: 'identity_check',
      },
    });
    strapi.log.info(`ID check ${data.transactionReference} started for payout ${payout.documentId}`);
    return { url: data.redirectUrl, expiresInDays: 7 };
  },
}));
