// Moleculer action (CommonJS) fetching an authentication's details through got's json() (SGP).
const got = require('got');

module.exports = {
  name: 'face-login-results',
  actions: {
    async user(ctx) {
      const details = await got(`https://core-sgp.jumio.com/api/netverify/v2/authentications/${ctx.params.reference}`, {
        username: process.env.JUMIO_API_TOKEN,
        password: process.env.JUMIO_API_SECRET,
        headers: { 'User-Agent': 'Acme Pay SG/1.3' },
        timeout: { request: 5000 },
      }).json();
      return { user: details.userReference, reference: details.transactionReference };
    },
  },
};
