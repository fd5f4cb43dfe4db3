// Sumsub access tokens from a Moleculer action (another vendor), HMAC-signed with got.
const crypto = require('crypto');
const got = require('got');

module.exports = {
  name: 'sumsub',
  actions: {
    async accessToken(ctx) {
      const ts = Math.floor(Date.now() / 1000).toString();
      const path = `/resources/accessTokens?userId=${encodeURIComponent(ctx.params.userId)}&levelName=basic-kyc-level`;
      const sig = crypto.createHmac('sha256', process.env.SUMSUB_SECRET).update(ts + 'POST' + path).digest('hex');
      const body = await got.post('https://api.sumsub.com' + path, {
        headers: { 'X-App-Token': process.env.SUMSUB_APP_TOKEN, 'X-App-Access-Ts': ts, 'X-App-Access-Sig': sig },
      }).json();
      return { token: body.token, userReference: ctx.params.userId };
    },
  },
};
