const rp = require('request-promise-native');
const { JUMIO_RETRIEVAL } = require('./retrieval-config');

async function userOfAuthentication(reference) {
  const body = await rp({
    uri: `${JUMIO_RETRIEVAL}/${reference}`,
    auth: { user: process.env.JUMIO_TOKEN, pass: process.env.JUMIO_SECRET, sendImmediately: true },
    json: true,
  });
  return body.userReference;
}

module.exports = { userOfAuthentication };
