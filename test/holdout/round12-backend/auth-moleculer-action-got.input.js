// Moleculer service (CommonJS schema): an action whose handler starts a face login through got (SGP).
const got = require('got');

module.exports = {
  name: 'face-login',
  settings: {
    userAgent: 'Acme Pay SG/1.3',
  },
  actions: {
    start: {
      params: { enrollment: 'string', userId: 'string' },
      async handler(ctx) {
        const { enrollment, userId } = ctx.params;
        const result = await got
          .post('https://core-sgp.jumio.com/api/authentication/v1/web/initiate', {
            username: process.env.JUMIO_API_TOKEN,
            password: process.env.JUMIO_API_SECRET,
            headers: { 'User-Agent': this.settings.userAgent },
            json: { enrollmentTransactionReference: enrollment, userReference: userId, tokenLifetimeInMinutes: 60 },
          })
          .json();
        this.logger.info('face login', result.transactionReference);
        return { url: result.redirectUrl, ref: result.transactionReference };
      },
    },
  },
};
