'use strict';

const { factories } = require('@strapi/strapi');

module.exports = factories.createCoreController('api::kyc-session.kyc-session', ({ strapi }) => ({
  async start(ctx) {
    const user = ctx.state.user;
    const res = await fetch('https://netverify.com/api/v4/initiate', {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        Authorization: `Basic ${Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64')}`,
        'User-Agent': 'Example Strapi/4',
      },
      body: JSON.stringify({
        customerInternalReference: `strapi-${user.id}`,
        userReference: user.documentId,
        workflowId: 100,
        locale: ctx.request.query.locale || 'en',
      }),
    });
    const json = await res.json();
    await strapi.documents('api::kyc-session.kyc-session').create({ data: { user: user.id, scanReference: json.transactionReference } });
    ctx.body = { url: json.redirectUrl };
  },
}));
