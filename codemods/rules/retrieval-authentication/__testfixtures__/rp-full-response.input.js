const rp = require('request-promise-native');

async function outcome(reference) {
  const res = await rp({
    uri: `https://lon.netverify.com/api/netverify/v2/authentications/${reference}`,
    json: true,
    resolveWithFullResponse: true,
    auth: { user: process.env.JUMIO_TOKEN, pass: process.env.JUMIO_SECRET },
  });
  if (res.statusCode !== 200) throw new Error('retrieval failed');
  return { ref: res.body.transactionReference, user: res.body.userReference };
}

module.exports = { outcome };
