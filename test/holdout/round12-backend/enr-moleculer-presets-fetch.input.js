// Moleculer action (ESM service schema) enrolling through the v4 initiate with an ID-only camera workflow and a preset (EU).
const JUMIO_V4 = 'https://lon.netverify.com/api/v4/initiate';

export default {
  name: 'kyc',
  actions: {
    async enrol(ctx) {
      const { customerId, country } = ctx.params;
      const response = await fetch(JUMIO_V4, {
        method: 'POST',
        headers: {
          Accept: 'application/json',
          'Content-Type': 'application/json',
          Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64'),
          'User-Agent': 'Acme Savings/1.1',
        },
        body: JSON.stringify({
          customerInternalReference: customerId,
          userReference: customerId,
          workflowId: 101,
          presets: [{ index: 1, country: 'AUT', type: 'ID_CARD' }],
          locale: 'de',
        }),
      });
      const json = await response.json();
      await ctx.call('customers.update', { id: customerId, scanReference: json.transactionReference });
      return json.redirectUrl;
    },
  },
};
