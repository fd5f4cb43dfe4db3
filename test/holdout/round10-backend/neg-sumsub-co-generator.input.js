// Sumsub WebSDK access token, co generator style; HMAC-signed request.
const co = require('co');
const crypto = require('crypto');
const got = require('got');

exports.sumsubAccessToken = co.wrap(function* (userId, levelName) {
  const ts = Math.floor(Date.now() / 1000).toString();
  const path = `/resources/accessTokens?userId=${encodeURIComponent(userId)}&levelName=${encodeURIComponent(levelName)}&ttlInSecs=600`;
  const signature = crypto.createHmac('sha256', process.env.SUMSUB_SECRET).update(ts + 'POST' + path).digest('hex');
  const body = yield got
    .post('https://api.sumsub.com' + path, {
      headers: { 'X-App-Token': process.env.SUMSUB_APP_TOKEN, 'X-App-Access-Ts': ts, 'X-App-Access-Sig': signature },
    })
    .json();
  return { token: body.token, userReference: body.userId };
});
