// Web fields added to the body after its literal: with Object.assign and with a bracket key. A source mixing a web
// field with others, or one the codemod cannot see, is reported.
const axios = require('axios');

const URL = 'https://netverify.com/api/authentication/v1/web/initiate';

async function start(user, opts) {
  const payload = { enrollmentTransactionReference: user.ref, userReference: user.id };
  Object.assign(payload, { successUrl: opts.successUrl, locale: opts.locale });
  if (opts.errorUrl) payload['errorUrl'] = opts.errorUrl;
  const { data } = await axios.post(URL, payload, { auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET } });
  return data.redirectUrl;
}

async function startMixed(user, extra) {
  const body = { enrollmentTransactionReference: user.ref, userReference: user.id };
  Object.assign(body, { successUrl: user.successUrl, callbackUrl: 'https://example.com/jumio/callback' });
  Object.assign(body, extra);
  const { data } = await axios.post(URL, body, { auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET } });
  return data.redirectUrl;
}

module.exports = { start, startMixed };
